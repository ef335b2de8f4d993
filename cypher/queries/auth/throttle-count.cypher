// Counts an attempt whose password is about to be checked, before it is checked: until it proves
// right, it counts as a failure (run in the transaction of throttle-lock, which holds the locks).
UNWIND $keys AS key
MATCH (t:SignInThrottle {key: key})
SET t.count = t.count + 1
RETURN count(t) AS counted
