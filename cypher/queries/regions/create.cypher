// A region made by an administrator, PART_OF its parents. `editedOn`: the reference load leaves
// what an editor set after the load's reference date alone (geography/*.cypher).
CREATE (r:Region:Entity {id: $id, version: 1, createdAt: datetime(), editedOn: date(),
                         type: $type, country: $country, code: $code, nisCode: $nisCode,
                         cbsCode: $cbsCode})
SET r += $names
WITH r
CALL (r) {
  UNWIND $parentIds AS parentId
  MATCH (p:Region {id: parentId})
  MERGE (r)-[:PART_OF]->(p)
}
RETURN r.id AS id
