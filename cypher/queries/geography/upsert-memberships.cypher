// Each reference municipality PART_OF the regions it belongs to besides its province
// (row.areaIds, loaded by upsert-areas). Added, never removed.
UNWIND $rows AS row
UNWIND row.areaIds AS areaId
MATCH (m:Region {id: row.id})
MATCH (a:Region {id: areaId})
MERGE (m)-[:PART_OF]->(a)
RETURN count(*) AS n
