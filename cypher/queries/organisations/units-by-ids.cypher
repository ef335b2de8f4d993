UNWIND $ids AS id
MATCH (u:OrgUnit {id: id})-[:PART_OF]->(o:Organisation)
RETURN u {.*, organisationId: o.id,
  contactPointIds: [(c:ContactPoint)-[:BELONGS_TO]->(u) | c.id],
  personIds: [(p:Person)-[w:WORKS_AT]->(u) WHERE w.to IS NULL OR w.to >= date() | p.id]
} AS unit
