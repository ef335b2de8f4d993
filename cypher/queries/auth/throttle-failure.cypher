// Counts a failed sign-in per key; from the 5th failure within 15 minutes, locks for 30 s, doubling to 15 min.
UNWIND $keys AS key
MERGE (t:SignInThrottle {key: key})
ON CREATE SET t.failures = 0, t.windowStart = datetime()
WITH t, CASE WHEN t.windowStart < datetime() - duration({minutes: 15}) THEN 0 ELSE t.failures END AS previous
SET t.failures = previous + 1,
    t.windowStart = CASE WHEN previous = 0 THEN datetime() ELSE t.windowStart END,
    t.lockedUntil = CASE WHEN previous + 1 >= 5
      THEN datetime() + duration({seconds: CASE WHEN previous + 1 - 5 >= 5 THEN 900
                                                ELSE toInteger(30 * 2 ^ (previous + 1 - 5)) END})
      ELSE null END
RETURN count(t) AS counted
