MATCH (u:User {id: $userId})
CREATE (s:Session {tokenHash: $tokenHash, createdAt: datetime(), expiresAt: datetime() + duration({hours: $hours}), kind: $kind})
CREATE (s)-[:OF]->(u)
SET u.lastSignInAt = datetime()
RETURN s.expiresAt AS expiresAt
