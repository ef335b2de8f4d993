// Every node a backup keeps, with all its labels and properties. Left out: sessions, sign-in
// throttles and single sign-on attempts (they only matter while they last), migrations (the
// target database applies its own), import jobs (progress records), the record of sent mail
// (it shares its ids with the mail links it was sent for; a restored link knows it was mailed)
// and the network's version (each database has its own; the restore gives it a new one).
MATCH (n)
WHERE NOT (n:Session OR n:SignInThrottle OR n:SsoAttempt OR n:Migration OR n:ImportJob
           OR n:MailMessage OR n:NetworkVersion)
RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS properties
