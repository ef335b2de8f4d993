// Sets a user's details, organisation and scope; disabling also ends their sessions.
MATCH (u:User {id: $id})
SET u += $props, u.updatedAt = datetime()
WITH u
CALL (u) {
  WITH u WHERE $setOrganisation
  OPTIONAL MATCH (u)-[r:BELONGS_TO]->(:Organisation)
  DELETE r
  WITH DISTINCT u
  MATCH (o:Organisation {id: $organisationId})
  MERGE (u)-[:BELONGS_TO]->(o)
}
CALL (u) {
  WITH u WHERE $setScope
  OPTIONAL MATCH (u)-[r:COORDINATES]->()
  DELETE r
  WITH DISTINCT u
  UNWIND $scopeIds AS scopeId
  MATCH (s:Entity {id: scopeId}) WHERE s:Region OR s:Organisation
  MERGE (u)-[:COORDINATES]->(s)
}
CALL (u) {
  WITH u WHERE coalesce(u.disabled, false)
  MATCH (s:Session)-[:OF]->(u)
  DETACH DELETE s
}
RETURN u.id AS id
