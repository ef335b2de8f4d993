// The account a digest's opt-out link was sent to (any digest it received), and whether its digest
// is on. No row: no link has this hash (or its account was deleted).
MATCH (:DigestLink {hash: $hash})-[:FOR]->(u:User)
RETURN u {.id, .name, .email, on: coalesce(u.digestMail, true)} AS user
