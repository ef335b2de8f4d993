// Every node a backup keeps, with all its labels and properties. Left out: sessions, sign-in
// throttles and single sign-on attempts (they only matter while they last), migrations (the
// target database applies its own), import jobs (progress records), the record of sent mail
// (it shares its ids with the mail links it was sent for; a restored link knows it was mailed)
// and the network's version and the record of reference loads (each database has its own; after
// a restore the version is new and the next start loads the reference geography again).
MATCH (n)
WHERE NOT (n:Session OR n:SignInThrottle OR n:SsoAttempt OR n:Migration OR n:ImportJob
           OR n:MailMessage OR n:NetworkVersion
           OR n:ReferenceLoad)
RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS properties
