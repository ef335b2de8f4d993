UNWIND $ids AS id
MATCH (a:SharingAgreement {id: id})-[:FROM]->(f:Organisation), (a)-[:TO]->(t:Organisation)
RETURN a {.*, fromId: f.id, toId: t.id,
  legalBasisIds: [(a)-[:BASED_ON]->(l:LegalBasis) | l.id]} AS agreement
