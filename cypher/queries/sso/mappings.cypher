// Every claim mapping, for administrators and for deciding a sign-in.
MATCH (m:SsoClaimMapping)
RETURN m {.id, .providerId, .claim, .value, .role, .createAccounts, .version,
          scopeIds: coalesce(m.scopeIds, [])} AS mapping
ORDER BY m.providerId, m.claim, m.value
