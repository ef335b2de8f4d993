// Former municipalities: kept as regions (old names and codes stay findable), no longer in force,
// each REPLACED_BY the municipality that took its place on $since.
UNWIND $rows AS row
MATCH (successor:Region {id: row.replacedById})
MERGE (f:Region {id: row.id})
ON CREATE SET f.version = 1, f.createdAt = datetime(), f.code = row.nisCode
SET f.type = 'MUNICIPALITY', f.country = $country, f.nisCode = row.nisCode,
    f.nameNl = row.nameNl, f.nameFr = row.nameFr, f.nameDe = row.nameDe,
    f.validTo = date($since) - duration('P1D')
MERGE (f)-[r:REPLACED_BY]->(successor)
SET r.since = date($since)
RETURN count(f) AS n
