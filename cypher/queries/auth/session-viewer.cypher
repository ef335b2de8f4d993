// The signed-in user behind a session token, with their scope; nothing when the session is expired,
// idle for too long, presented the wrong way (a cookie session as a bearer token or the reverse),
// or the user is disabled.
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
WHERE s.expiresAt > datetime() AND s.kind = $kind
  // A named API token has no idle limit (a nightly job uses it once a day), only its end.
  AND (s.name IS NOT NULL OR coalesce(s.lastSeenAt, s.createdAt) > datetime() - duration({minutes: $idleMinutes}))
  AND coalesce(u.disabled, false) = false
OPTIONAL MATCH (u)-[:BELONGS_TO]->(o:Organisation)
OPTIONAL MATCH (p:AuthPolicy {id: 'auth-policy'})
RETURN u {.id, .email, .name, .role, organisationId: o.id,
          scopeRegionIds: [(u)-[:COORDINATES]->(r:Region) | r.id],
          scopeOrganisationIds: [(u)-[:COORDINATES]->(so:Organisation) | so.id]} AS viewer,
       coalesce(s.id, s.tokenHash) AS sessionId,
       // Their role must have a second factor and they have none yet: only enrolment is open. A
       // single sign-on session is exempt: the identity provider does its own second factor.
       (u.role IN coalesce(p.secondFactorRoles, []) AND u.totpSecret IS NULL
        AND s.ssoProviderId IS NULL) AS mustEnrol,
       coalesce(s.lastSeenAt, s.createdAt) < datetime() - duration({minutes: 1}) AS stale
