// The sign-in counters an attempt touches (account, address, account+address), locked for this
// transaction: the first SET takes each node's write lock before anything is read, and $keys come
// sorted, so concurrent attempts queue here one behind the other and each sees the counts of those
// before it. A counter whose window has passed starts again from 0.
UNWIND $keys AS key
MERGE (t:SignInThrottle {key: key})
ON CREATE SET t.count = 0, t.windowStart = datetime()
SET t.seenAt = datetime()
WITH t, t.windowStart > datetime() - duration({minutes: $windowMinutes}) AS current
SET t.count = CASE WHEN current THEN coalesce(t.count, 0) ELSE 0 END,
    t.windowStart = CASE WHEN current THEN t.windowStart ELSE datetime() END
RETURN t.key AS key, t.count AS count,
       duration.inSeconds(datetime(), t.windowStart + duration({minutes: $windowMinutes})).seconds + 1
         AS resetsIn,
       coalesce(t.knownUntil > datetime(), false) AS known
