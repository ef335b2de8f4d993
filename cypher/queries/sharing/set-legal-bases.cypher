// Replaces the legal bases of an agreement; returns their ids before and after.
MATCH (a:SharingAgreement {id: $id})
WITH a, [(a)-[:BASED_ON]->(l:LegalBasis) | l.id] AS before
CALL (a) {
  MATCH (a)-[r:BASED_ON]->(:LegalBasis)
  DELETE r
}
CALL (a) {
  UNWIND $legalBasisIds AS legalBasisId
  MATCH (l:LegalBasis {id: legalBasisId})
  MERGE (a)-[:BASED_ON]->(l)
}
RETURN before, [(a)-[:BASED_ON]->(l:LegalBasis) | l.id] AS after
