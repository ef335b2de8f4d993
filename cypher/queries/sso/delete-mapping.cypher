// Deletes a claim mapping at the version the administrator saw (see update-mapping).
OPTIONAL MATCH (m:SsoClaimMapping {id: $id})
WITH m, m {.id, .providerId, .claim, .value, .role, .createAccounts, .version,
           scopeIds: coalesce(m.scopeIds, [])} AS before
CALL (m) {
  WITH m WHERE m IS NOT NULL AND m.version = $version
  DELETE m
}
RETURN before IS NOT NULL AS found, before.version = $version AS matched, before
