// Former municipalities: kept as regions (old names and codes stay findable), no longer in force,
// each REPLACED_BY the municipality that took its place on its merger date (row.since, or $since
// for a file whose mergers all took effect on its reference date).
UNWIND $rows AS row
MATCH (successor:Region {id: row.replacedById})
WITH row, successor, date(coalesce(row.since, $since)) AS since
MERGE (f:Region {id: row.id})
ON CREATE SET f.version = 1, f.createdAt = datetime(), f.code = coalesce(row.nisCode, row.cbsCode)
SET f:Entity
WITH row, successor, since, f
// Left as an administrator set it on or after the file's date (see upsert-municipalities).
CALL (row, successor, since, f) {
  WITH row, successor, since, f WHERE f.editedOn IS NULL OR f.editedOn < date($since)
  SET f.type = 'MUNICIPALITY', f.country = $country, f.nisCode = row.nisCode,
      f.cbsCode = row.cbsCode,
      f.nameNl = row.nameNl, f.nameFr = row.nameFr, f.nameDe = row.nameDe,
      f.validTo = since - duration('P1D')
  MERGE (f)-[r:REPLACED_BY]->(successor)
  SET r.since = since
}
RETURN count(f) AS n
