// Seconds until the most restricted of the keys may try again (0 when none is locked).
UNWIND $keys AS key
OPTIONAL MATCH (t:SignInThrottle {key: key})
WITH max(CASE WHEN t.lockedUntil > datetime()
  THEN duration.inSeconds(datetime(), t.lockedUntil).seconds + 1 ELSE 0 END) AS wait
RETURN coalesce(wait, 0) AS retryAfter
