// The country of the organisation an entity belongs to: the organisation itself, a unit of it,
// a contact point of either, or a person working there (a running tie first). No row: unknown.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[links:BELONGS_TO|WORKS_AT|PART_OF*0..2]->(o:Organisation)
WHERE o.country IS NOT NULL
WITH o, links
ORDER BY CASE WHEN all(l IN links WHERE type(l) <> 'WORKS_AT' OR l.to IS NULL) THEN 0 ELSE 1 END,
  size(links)
WITH head(collect(o.country)) AS country
WHERE country IS NOT NULL
RETURN country
