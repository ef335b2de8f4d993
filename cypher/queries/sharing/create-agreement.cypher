// A new information-sharing agreement between two organisations, on one or more legal bases.
// Whether it crosses the border follows from the parties' countries.
MATCH (f:Organisation {id: $fromId}), (t:Organisation {id: $toId})
CREATE (a:SharingAgreement:Entity {id: $id, version: 1, createdAt: datetime(), status: 'ACTIVE',
                                   crossBorder: f.country <> t.country})
SET a += $props
CREATE (a)-[:FROM]->(f), (a)-[:TO]->(t)
WITH a
CALL (a) {
  UNWIND $legalBasisIds AS legalBasisId
  MATCH (l:LegalBasis {id: legalBasisId})
  MERGE (a)-[:BASED_ON]->(l)
}
RETURN a.id AS id, a.crossBorder AS crossBorder
