// Records that a session is in use, at most once a minute (so not a write per request).
MATCH (s:Session {tokenHash: $tokenHash})
WHERE coalesce(s.lastSeenAt, s.createdAt) < datetime() - duration({minutes: 1})
SET s.lastSeenAt = datetime()
RETURN count(s) AS touched
