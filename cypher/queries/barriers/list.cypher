// Every barrier with its own fields; roles come from roles-by-codes.cypher when asked for.
MATCH (b:Barrier)
RETURN b {.*,
  indicatorIds: [(i:Indicator)-[:SIGNALS]->(b) | i.id],
  measureIds: [(m:Measure)-[:RAISES]->(b) | m.id]
} AS barrier
ORDER BY b.sortOrder, b.code
