// The signed-in user behind a session token, with their scope; nothing when expired or disabled.
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
WHERE s.expiresAt > datetime() AND coalesce(u.disabled, false) = false
OPTIONAL MATCH (u)-[:BELONGS_TO]->(o:Organisation)
RETURN u {.id, .email, .name, .role, organisationId: o.id,
          scopeRegionIds: [(u)-[:COORDINATES]->(r:Region) | r.id],
          scopeOrganisationIds: [(u)-[:COORDINATES]->(so:Organisation) | so.id]} AS viewer
