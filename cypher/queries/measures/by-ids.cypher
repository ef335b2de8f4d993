UNWIND $ids AS id
MATCH (m:Measure {id: id})
RETURN m {.*,
  barrierCodes: [(m)-[:RAISES]->(b:Barrier) | b.code],
  legalBasisIds: [(m)-[:BASED_ON]->(l:LegalBasis) | l.id],
  organisationIds: [(o:Organisation)-[:CAN_APPLY]->(m) WHERE o.status = 'ACTIVE' | o.id]
} AS measure
