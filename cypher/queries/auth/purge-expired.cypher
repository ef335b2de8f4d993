// Deletes, a bounded batch at a time, sessions past their end or idle beyond the limit, and sign-in
// counters whose window has passed that do not remember an owner's address any more, and mail
// links a week after they expired.
CALL () {
  MATCH (s:Session)
  WHERE s.expiresAt <= datetime()
     OR (s.name IS NULL AND coalesce(s.lastSeenAt, s.createdAt) <= datetime() - duration({minutes: $idleMinutes}))
  WITH s LIMIT $batch
  DETACH DELETE s
  RETURN count(*) AS sessions
}
CALL () {
  MATCH (t:SignInThrottle)
  WHERE coalesce(t.windowStart, datetime({epochSeconds: 0})) <= datetime() - duration({minutes: $windowMinutes})
    AND coalesce(t.knownUntil, datetime({epochSeconds: 0})) <= datetime()
  WITH t LIMIT $batch
  DELETE t
  RETURN count(*) AS throttles
}
CALL () {
  // Links are kept a week past their end, so that a late click still hears "expired" or "used".
  MATCH (a:AccountToken)
  WHERE a.expiresAt <= datetime() - duration({days: 7})
  WITH a LIMIT $batch
  DETACH DELETE a
  RETURN count(*) AS tokens
}
RETURN sessions, throttles, tokens
