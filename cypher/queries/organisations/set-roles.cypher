// Replaces an organisation's roles per barrier; returns them before and after, as BARRIER:ROLE.
MATCH (o:Organisation {id: $id})
WITH o, [(o)-[r:HAS_ROLE]->(b:Barrier) | b.code + ':' + r.role] AS before
CALL (o) {
  MATCH (o)-[r:HAS_ROLE]->(:Barrier)
  DELETE r
}
CALL (o) {
  UNWIND $roles AS role
  MATCH (b:Barrier {code: role.barrier})
  MERGE (o)-[:HAS_ROLE {role: role.role}]->(b)
}
RETURN before, [(o)-[r:HAS_ROLE]->(b:Barrier) | b.code + ':' + r.role] AS after
