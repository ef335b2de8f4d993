// What the database holds as a backup counts it (nodes per label, relationships per type), and
// how many nodes it holds at all besides the applied migrations (0 = empty).
CALL {
  MATCH (n)
  WHERE NOT (n:Session OR n:SignInThrottle OR n:Migration OR n:ImportJob OR n:NetworkVersion
    OR n:ReferenceLoad)
  UNWIND labels(n) AS label
  WITH label, count(*) AS c ORDER BY label
  RETURN collect([label, c]) AS labels
}
CALL {
  MATCH (a)-[r]->(b)
  WHERE NOT (a:Session OR a:SignInThrottle OR a:Migration OR a:ImportJob)
    AND NOT (b:Session OR b:SignInThrottle OR b:Migration OR b:ImportJob)
  WITH type(r) AS type, count(*) AS c ORDER BY type
  RETURN collect([type, c]) AS types
}
CALL {
  MATCH (n) WHERE NOT (n:Migration OR n:NetworkVersion OR n:ReferenceLoad)
  RETURN count(n) AS total
}
RETURN labels, types, total
