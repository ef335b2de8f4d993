// The new organisations of one import batch, in one statement: each with the regions it covers and
// its roles per barrier (the same graph as organisations/create and organisations/set-roles make
// for a new organisation). The ids are derived from the names, so the uniqueness constraint
// refuses a second organisation of the same name and the batch rolls back as a whole.
UNWIND $rows AS row
CREATE (o:Organisation:Entity {id: row.id, version: 1, createdAt: datetime(), status: 'ACTIVE'})
SET o += row.props
WITH o, row
CALL (o, row) {
  UNWIND row.regionIds AS regionId
  MATCH (r:Region {id: regionId})
  MERGE (o)-[:COVERS]->(r)
}
CALL (o, row) {
  UNWIND row.roles AS role
  MATCH (b:Barrier {code: role.barrier})
  MERGE (o)-[:HAS_ROLE {role: role.role}]->(b)
}
RETURN count(o) AS created
