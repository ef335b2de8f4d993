// Deletes, a bounded batch at a time, sessions past their end or idle beyond the limit, and sign-in
// counters whose window has passed that do not remember an owner's address any more.
CALL () {
  MATCH (s:Session)
  WHERE s.expiresAt <= datetime()
     OR coalesce(s.lastSeenAt, s.createdAt) <= datetime() - duration({minutes: $idleMinutes})
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
RETURN sessions, throttles
