// Every node a backup keeps, with all its labels and properties. Left out: sessions and sign-in
// throttles (they only matter while they last), migrations (the target database applies its own)
// and import jobs (progress records).
MATCH (n)
WHERE NOT (n:Session OR n:SignInThrottle OR n:Migration OR n:ImportJob)
RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS properties
