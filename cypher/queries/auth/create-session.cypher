// A fresh session for a sign-in; the session the request came with (same kind) ends, so a sign-in
// never keeps using an earlier token. A named API token (`$name`) has no idle limit, only its end.
MATCH (u:User {id: $userId})
CALL (u) {
  OPTIONAL MATCH (old:Session {tokenHash: $replaces})
  DETACH DELETE old
}
CREATE (s:Session {id: $id, tokenHash: $tokenHash, kind: $kind, name: $name, createdAt: datetime(),
                   lastSeenAt: datetime(), expiresAt: datetime() + duration({hours: $hours})})
CREATE (s)-[:OF]->(u)
SET u.lastSignInAt = datetime()
RETURN s.expiresAt AS expiresAt
