UNWIND $ids AS id
MATCH (c:ContactPoint {id: id})-[:BELONGS_TO]->(owner)
OPTIONAL MATCH (owner)-[:PART_OF]->(parent:Organisation)
RETURN c {.*,
  organisationId: coalesce(parent.id, owner.id),
  unitId: CASE WHEN owner:OrgUnit THEN owner.id END,
  responsibilities: [(c)-[r:CONTACT_FOR]->(b:Barrier) | {barrierCode: b.code, role: r.role, priority: r.priority}]
} AS contact
