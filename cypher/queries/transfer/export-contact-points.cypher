// Every contact point with its organisation (through its unit when it belongs to one), by
// organisation and name.
MATCH (c:ContactPoint)-[:BELONGS_TO]->(owner)
OPTIONAL MATCH (owner:OrgUnit)-[:PART_OF]->(parent:Organisation)
WITH c, owner, coalesce(parent, owner) AS o
RETURN c {.id, .kind, .nameNl, .nameFr, .nameEn, .hoursNl, .hoursFr, .hoursEn, .email, .phone,
  .languages, .status, .lastVerifiedAt, .exploitationForms,
  unitId: CASE WHEN owner:OrgUnit THEN owner.id END,
  organisationId: o.id,
  responsibilities: [(c)-[r:CONTACT_FOR]->(b:Barrier) | b.code + ':' + r.role + ':' + r.priority]
} AS contact
ORDER BY o.name, o.id, c.nameNl, c.id
