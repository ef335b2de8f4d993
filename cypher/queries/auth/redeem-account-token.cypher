// Uses a link once: sets the user's password, ends every session they have and marks the link
// used. The first SET takes the link's write lock before its state is read, so of two requests
// with the same link only the first finds it unused. No row: used or expired meanwhile.
MATCH (t:AccountToken {hash: $hash, purpose: $purpose})-[:FOR]->(u:User)
SET t.triedAt = datetime()
WITH t, u
WHERE t.usedAt IS NULL AND t.expiresAt > datetime() AND coalesce(u.disabled, false) = false
SET t.usedAt = datetime(), u.passwordHash = $passwordHash, u.passwordChangedAt = datetime(),
    u.updatedAt = datetime()
WITH t, u
CALL (u) {
  MATCH (s:Session)-[:OF]->(u)
  DETACH DELETE s
}
RETURN u.id AS id
