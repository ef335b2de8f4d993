// Reference municipalities in force, each PART_OF its province. MERGE on id; names are updated
// in place (English names, which the sources do not give, are left as they are); links are never
// deleted, so the demo's coverage and any link an editor made survive a reload.
// A Belgian row carries its NIS code, a Dutch one its CBS code (GMnnnn); the other is null.
// A municipality an administrator changed on or after the file's reference date (`editedOn`, set
// by regions/*.cypher: renamed, merged, moved) keeps the editor's state: the newer source wins.
UNWIND $rows AS row
MATCH (province:Region {id: row.provinceId})
MERGE (m:Region {id: row.id})
ON CREATE SET m.version = 1, m.createdAt = datetime(), m.code = coalesce(row.nisCode, row.cbsCode)
SET m:Entity
WITH m, row, province
CALL (m, row, province) {
  WITH m, row, province WHERE m.editedOn IS NULL OR m.editedOn < date($referenceDate)
  SET m.type = 'MUNICIPALITY', m.country = $country, m.nisCode = row.nisCode,
      m.cbsCode = row.cbsCode,
      m.nameNl = row.nameNl, m.nameFr = coalesce(row.nameFr, m.nameFr),
      m.nameDe = coalesce(row.nameDe, m.nameDe), m.validTo = null,
      m.referenceDate = date($referenceDate)
  MERGE (m)-[:PART_OF]->(province)
}
RETURN count(m) AS n
