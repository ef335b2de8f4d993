// Reference regions other than provinces that municipalities belong to (e.g. the Dutch safety
// regions), each PART_OF the country. MERGE on id; names are updated in place.
UNWIND $rows AS row
MATCH (country:Region {id: $countryId})
MERGE (a:Region {id: row.id})
ON CREATE SET a.version = 1, a.createdAt = datetime(), a.code = row.code
SET a:Entity
WITH a, row, country
// Left as an administrator set it on or after the file's date (see upsert-municipalities).
CALL (a, row, country) {
  WITH a, row, country WHERE a.editedOn IS NULL OR a.editedOn < date($referenceDate)
  SET a.type = row.type, a.country = $country, a.nameNl = row.nameNl,
      a.nameFr = coalesce(row.nameFr, a.nameFr), a.nameEn = coalesce(row.nameEn, a.nameEn),
      a.referenceDate = date($referenceDate)
  MERGE (a)-[:PART_OF]->(country)
}
RETURN count(a) AS n
