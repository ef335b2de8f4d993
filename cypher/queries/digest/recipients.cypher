// The accounts that get the weekly digest of what needs a coordinator: coordinators and
// administrators, not disabled, who have not turned it off, with their scope and language.
MATCH (u:User)
WHERE u.role IN ['COORDINATOR', 'ADMIN'] AND coalesce(u.disabled, false) = false
  AND coalesce(u.digestMail, true)
RETURN u {.id, .email, .name, .role, .language,
          scopeRegionIds: [(u)-[:COORDINATES]->(r:Region) | r.id],
          scopeOrganisationIds: [(u)-[:COORDINATES]->(o:Organisation) | o.id]} AS user
ORDER BY u.email
