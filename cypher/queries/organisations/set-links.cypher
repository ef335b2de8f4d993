// Replaces one kind of link of an organisation: the regions it covers, the networks it is a member
// of, or its counterparts across the border (stored once, read both ways). Returns the ids before
// and after. $kind is one of COVERS, MEMBER_OF, COUNTERPART_OF (a fixed set of query branches).
MATCH (o:Organisation {id: $id})
WITH o, CASE $kind
  WHEN 'COVERS' THEN [(o)-[:COVERS]->(x:Region) | x.id]
  WHEN 'MEMBER_OF' THEN [(o)-[:MEMBER_OF]->(x:Network) | x.id]
  ELSE [(o)-[:COUNTERPART_OF]-(x:Organisation) | x.id] END AS before
CALL (o) {
  MATCH (o)-[r:COVERS]->(:Region) WHERE $kind = 'COVERS' DELETE r
}
CALL (o) {
  MATCH (o)-[r:MEMBER_OF]->(:Network) WHERE $kind = 'MEMBER_OF' DELETE r
}
CALL (o) {
  MATCH (o)-[r:COUNTERPART_OF]-(:Organisation) WHERE $kind = 'COUNTERPART_OF' DELETE r
}
CALL (o) {
  UNWIND $targetIds AS targetId
  MATCH (x:Entity {id: targetId})
  WITH o, x
  CALL (o, x) { WITH o, x WHERE $kind = 'COVERS' AND x:Region MERGE (o)-[:COVERS]->(x) }
  CALL (o, x) { WITH o, x WHERE $kind = 'MEMBER_OF' AND x:Network MERGE (o)-[:MEMBER_OF]->(x) }
  CALL (o, x) { WITH o, x WHERE $kind = 'COUNTERPART_OF' AND x:Organisation AND x <> o MERGE (o)-[:COUNTERPART_OF]->(x) }
}
RETURN before, CASE $kind
  WHEN 'COVERS' THEN [(o)-[:COVERS]->(x:Region) | x.id]
  WHEN 'MEMBER_OF' THEN [(o)-[:MEMBER_OF]->(x:Network) | x.id]
  ELSE [(o)-[:COUNTERPART_OF]-(x:Organisation) | x.id] END AS after
