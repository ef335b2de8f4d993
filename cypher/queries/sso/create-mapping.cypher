// A new claim mapping; the key (provider, claim, value) is unique.
CREATE (m:SsoClaimMapping {id: $id, key: $key, providerId: $providerId, claim: $claim,
                           value: $value, role: $role, scopeIds: $scopeIds,
                           createAccounts: $createAccounts, version: 1, createdAt: datetime()})
RETURN m {.id, .providerId, .claim, .value, .role, .createAccounts, .version, .scopeIds} AS mapping
