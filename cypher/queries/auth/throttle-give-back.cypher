// A right password that still waits for its second factor: the attempt was no failure, so every
// counter gives it back; unlike a finished sign-in nothing starts over and no address becomes known
// (a wrong code after it stays counted, so codes cannot be tried without limit).
UNWIND $keys AS key
MATCH (t:SignInThrottle {key: key})
SET t.count = CASE WHEN t.count > 0 THEN t.count - 1 ELSE 0 END
RETURN count(t) AS counted
