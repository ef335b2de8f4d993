UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o {.*,
  roles: [(o)-[r:HAS_ROLE]->(b:Barrier) | {barrierCode: b.code, role: r.role}],
  coverageIds: [(o)-[:COVERS]->(r:Region) | r.id],
  unitIds: [(u:OrgUnit)-[:PART_OF]->(o) | u.id],
  contactPointIds: [(c:ContactPoint)-[:BELONGS_TO]->(o) | c.id]
    + [(c:ContactPoint)-[:BELONGS_TO]->(:OrgUnit)-[:PART_OF]->(o) | c.id],
  personIds: [(p:Person)-[w:WORKS_AT]->(o) WHERE w.to IS NULL OR w.to >= date() | p.id]
    + [(p:Person)-[w:WORKS_AT]->(:OrgUnit)-[:PART_OF]->(o) WHERE w.to IS NULL OR w.to >= date() | p.id],
  networkIds: [(o)-[:MEMBER_OF]->(n:Network) | n.id],
  counterpartIds: [(o)-[:COUNTERPART_OF]-(c:Organisation) | c.id],
  agreementIds: [(a:SharingAgreement)-[:FROM|TO]->(o) | a.id],
  measureIds: [(o)-[:CAN_APPLY]->(m:Measure) | m.id]
} AS organisation
