// Each reference municipality PART_OF the regions it belongs to besides its province
// (row.areaIds, loaded by upsert-areas). Added, never removed; not to a municipality an
// administrator changed on or after the file's reference date (see upsert-municipalities).
UNWIND $rows AS row
UNWIND row.areaIds AS areaId
MATCH (m:Region {id: row.id})
WHERE m.editedOn IS NULL OR m.editedOn < date($referenceDate)
MATCH (a:Region {id: areaId})
MERGE (m)-[:PART_OF]->(a)
RETURN count(*) AS n
