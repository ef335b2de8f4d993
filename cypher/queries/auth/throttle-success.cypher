// A right password: the attempt was no failure after all, so the account and address counters give
// it back (the address keeps its other failures); the account+address counter starts over and
// remembers this address as one the owner uses.
UNWIND $keys AS key
MATCH (t:SignInThrottle {key: key})
SET t.count = CASE WHEN key = $pairKey THEN 0 WHEN t.count > 0 THEN t.count - 1 ELSE 0 END,
    t.knownUntil = CASE WHEN key = $pairKey THEN datetime() + duration({days: $knownDays})
                        ELSE t.knownUntil END
RETURN count(t) AS counted
