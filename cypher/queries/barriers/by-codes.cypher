// A barrier's own fields and its small lists; its roles (thousands at national scale) are
// loaded by roles-by-codes.cypher, only when asked for.
UNWIND $codes AS code
MATCH (b:Barrier {code: code})
RETURN b {.*,
  indicatorIds: [(i:Indicator)-[:SIGNALS]->(b) | i.id],
  measureIds: [(m:Measure)-[:RAISES]->(b) | m.id]
} AS barrier
