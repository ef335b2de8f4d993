// Municipalities for the place picker, with the directory search's rules (see search/lucene.ts).
// A former municipality (merged, `validTo` set) is found by its old name and answered with the
// municipality in force that took its place, saying which old name matched.
CALL db.index.fulltext.queryNodes('place_search', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score WHERE node.type = 'MUNICIPALITY'
OPTIONAL MATCH (node)-[:REPLACED_BY*1..3]->(successor:Region) WHERE successor.validTo IS NULL
WITH CASE WHEN node.validTo IS NULL THEN node ELSE successor END AS place, node, score
WHERE place IS NOT NULL
WITH place, max(score) AS score, collect(node) AS found
ORDER BY score DESC, place.nameNl
LIMIT $limit
RETURN place {.*, parentIds: [(place)-[:PART_OF]->(p:Region) | p.id]} AS region, score,
       // Found by its own name too: no need to say "formerly".
       CASE WHEN NOT place IN found THEN [n IN found | n.nameNl][0] END AS formerName
