// A user's sessions that still work, newest first.
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE s.expiresAt > datetime()
  AND (s.name IS NOT NULL OR coalesce(s.lastSeenAt, s.createdAt) > datetime() - duration({minutes: $idleMinutes}))
RETURN s {id: coalesce(s.id, s.tokenHash), .kind, .name, .createdAt, .expiresAt,
          lastSeenAt: coalesce(s.lastSeenAt, s.createdAt)} AS session
ORDER BY s.createdAt DESC
