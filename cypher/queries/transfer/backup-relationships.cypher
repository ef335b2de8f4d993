// Every relationship between nodes a backup keeps (see backup-nodes), with all its properties.
MATCH (a)-[r]->(b)
WHERE NOT (a:Session OR a:SignInThrottle OR a:SsoAttempt OR a:Migration OR a:ImportJob
           OR a:MailMessage)
  AND NOT (b:Session OR b:SignInThrottle OR b:SsoAttempt OR b:Migration OR b:ImportJob
           OR b:MailMessage)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
