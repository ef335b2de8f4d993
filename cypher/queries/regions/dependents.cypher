// What hangs from regions about to be merged or archived: the organisations that cover them (with
// their whole coverage), the coordinators whose scope holds them (with their whole scope), and the
// regions in force that are part of them (with all their parents). Former regions that were
// REPLACED_BY them stay as they are: history.
MATCH (f:Region) WHERE f.id IN $ids
WITH collect(f) AS formers
CALL (formers) {
  UNWIND formers AS f
  MATCH (o:Organisation)-[:COVERS]->(f)
  WITH DISTINCT o
  RETURN collect({id: o.id, linkIds: [(o)-[:COVERS]->(r:Region) | r.id]}) AS organisations
}
CALL (formers) {
  UNWIND formers AS f
  MATCH (u:User)-[:COORDINATES]->(f)
  WITH DISTINCT u
  RETURN collect({id: u.id, name: u.name, linkIds: [(u)-[:COORDINATES]->(s) | s.id]}) AS users
}
CALL (formers) {
  UNWIND formers AS f
  MATCH (c:Region)-[:PART_OF]->(f)
  WHERE c.validTo IS NULL AND NOT c IN formers
  WITH DISTINCT c
  RETURN collect({id: c.id, linkIds: [(c)-[:PART_OF]->(p:Region) | p.id]}) AS children
}
RETURN organisations, users, children
