// Every relationship between nodes a backup keeps (see backup-nodes), with all its properties.
MATCH (a)-[r]->(b)
WHERE NOT (a:Session OR a:SignInThrottle OR a:Migration OR a:ImportJob)
  AND NOT (b:Session OR b:SignInThrottle OR b:Migration OR b:ImportJob)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
