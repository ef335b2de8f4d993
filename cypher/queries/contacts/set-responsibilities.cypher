// Replaces what a contact (point or person) is the one to call for; returns BARRIER:ROLE:PRIORITY
// before and after.
MATCH (c:Entity {id: $id})
WHERE c:ContactPoint OR c:Person
WITH c, [(c)-[r:CONTACT_FOR]->(b:Barrier) | b.code + ':' + r.role + ':' + r.priority] AS before
CALL (c) {
  MATCH (c)-[r:CONTACT_FOR]->(:Barrier)
  DELETE r
}
CALL (c) {
  UNWIND $responsibilities AS x
  MATCH (b:Barrier {code: x.barrier})
  MERGE (c)-[r:CONTACT_FOR {role: x.role}]->(b)
  SET r.priority = x.priority
}
RETURN before, [(c)-[r:CONTACT_FOR]->(b:Barrier) | b.code + ':' + r.role + ':' + r.priority] AS after
