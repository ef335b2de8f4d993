// The link behind a token hash and its user: whether it was used or has expired.
MATCH (t:AccountToken {hash: $hash})-[:FOR]->(u:User)
RETURN t {.id, .purpose, expired: t.expiresAt <= datetime(), used: t.usedAt IS NOT NULL} AS token,
       u {.id, .email, .name, .language, disabled: coalesce(u.disabled, false)} AS user
