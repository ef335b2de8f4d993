// Changes a claim mapping at the version the administrator saw; the row tells what it was, and
// `found`/`matched` tell a missing mapping from a conflict.
OPTIONAL MATCH (m:SsoClaimMapping {id: $id})
WITH m, m {.id, .providerId, .claim, .value, .role, .createAccounts, .version,
           scopeIds: coalesce(m.scopeIds, [])} AS before
FOREACH (_ IN CASE WHEN m IS NOT NULL AND m.version = $version THEN [1] ELSE [] END |
  SET m.key = $key, m.providerId = $providerId, m.claim = $claim, m.value = $value,
      m.role = $role, m.scopeIds = $scopeIds, m.createAccounts = $createAccounts,
      m.version = m.version + 1, m.updatedAt = datetime())
RETURN m IS NOT NULL AS found, before.version = $version AS matched, before
