// Merges the former regions into the successor: every organisation's coverage, every
// coordinator's scope and every region in force that was part of a former region moves to the
// successor (never twice), and each former region is marked replaced as the reference load marks
// a former municipality: REPLACED_BY {since}, validTo the day before. Its own names, codes,
// parents, aliases and history stay, so old names and codes keep resolving to the successor.
MATCH (s:Region {id: $successorId})
MATCH (f:Region) WHERE f.id IN $formerIds AND f <> s
WITH s, collect(f) AS formers, date($since) AS since
CALL (s, formers) {
  UNWIND formers AS f
  MATCH (o:Organisation)-[c:COVERS]->(f)
  MERGE (o)-[:COVERS]->(s)
  DELETE c
}
CALL (s, formers) {
  UNWIND formers AS f
  MATCH (u:User)-[c:COORDINATES]->(f)
  MERGE (u)-[:COORDINATES]->(s)
  DELETE c
}
CALL (s, formers) {
  UNWIND formers AS f
  MATCH (c:Region)-[l:PART_OF]->(f)
  WHERE c.validTo IS NULL AND NOT c IN formers
  MERGE (c)-[:PART_OF]->(s)
  DELETE l
}
CALL (s, formers, since) {
  UNWIND formers AS f
  MERGE (f)-[r:REPLACED_BY]->(s)
  SET r.since = since, f.validTo = since - duration('P1D')
}
RETURN size(formers) AS n
