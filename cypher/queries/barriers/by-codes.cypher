UNWIND $codes AS code
MATCH (b:Barrier {code: code})
RETURN b {.*,
  indicatorIds: [(i:Indicator)-[:SIGNALS]->(b) | i.id],
  measureIds: [(m:Measure)-[:RAISES]->(b) | m.id],
  roles: [(o:Organisation)-[r:HAS_ROLE]->(b) WHERE o.status = 'ACTIVE' | {organisationId: o.id, role: r.role}]
} AS barrier
