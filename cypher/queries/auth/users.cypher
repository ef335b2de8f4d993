// Every account with its organisation and scope, for administrators; only account $id when given.
MATCH (u:User)
WHERE $id IS NULL OR u.id = $id
OPTIONAL MATCH (u)-[:BELONGS_TO]->(o:Organisation)
RETURN u {.id, .email, .name, .role, disabled: coalesce(u.disabled, false),
          secondFactor: u.totpSecret IS NOT NULL, organisationId: o.id,
          scopeRegionIds: [(u)-[:COORDINATES]->(r:Region) | r.id],
          scopeOrganisationIds: [(u)-[:COORDINATES]->(so:Organisation) | so.id]} AS user
ORDER BY u.email
