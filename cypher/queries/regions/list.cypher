// Regions in force (former municipalities are left out) by optional type and country, named in the
// given language for sorting.
MATCH (r:Region)
WHERE ($type IS NULL OR r.type = $type) AND ($country IS NULL OR r.country = $country)
  AND r.validTo IS NULL
RETURN r {.*, parentIds: [(r)-[:PART_OF]->(p:Region) | p.id]} AS region
ORDER BY coalesce(r[$nameKey], r.nameNl), r.id
