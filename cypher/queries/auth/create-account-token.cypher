// A single-use link for a user (an invitation or a password reset), stored as a hash of its token.
// An earlier unused link of the same purpose stops working: only the newest mail's link does.
MATCH (u:User {id: $userId})
CALL (u) {
  OPTIONAL MATCH (old:AccountToken {purpose: $purpose})-[:FOR]->(u)
  WHERE old.usedAt IS NULL
  DETACH DELETE old
}
CREATE (t:AccountToken {id: $id, hash: $hash, purpose: $purpose, createdAt: datetime(),
                        expiresAt: datetime() + duration({minutes: $minutes})})
CREATE (t)-[:FOR]->(u)
RETURN t.id AS id
