// Demo accounts of the local default; never created outside it.
MERGE (u:User {email: $email})
ON CREATE SET u.id = $id, u.createdAt = datetime(), u.version = 1
SET u.name = $name, u.role = $role, u.passwordHash = $passwordHash, u.disabled = false, u.demo = true
WITH u
OPTIONAL MATCH (o:Organisation {id: $organisationId})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (u)-[:BELONGS_TO]->(o))
WITH u
UNWIND $scopeRegionIds AS regionId
MATCH (r:Region {id: regionId})
MERGE (u)-[:COORDINATES]->(r)
RETURN count(*) AS scopes
