// Replaces the regions $id is PART_OF by $parentIds; returns the parents before and after.
MATCH (r:Region {id: $id})
WITH r, [(r)-[:PART_OF]->(p:Region) | p.id] AS before
CALL (r) {
  MATCH (r)-[l:PART_OF]->(p:Region)
  WHERE NOT p.id IN $parentIds
  DELETE l
}
CALL (r) {
  UNWIND $parentIds AS parentId
  MATCH (p:Region {id: parentId})
  MERGE (r)-[:PART_OF]->(p)
}
RETURN before, [(r)-[:PART_OF]->(p:Region) | p.id] AS after
