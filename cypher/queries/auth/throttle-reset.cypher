UNWIND $keys AS key
MATCH (t:SignInThrottle {key: key})
DELETE t
