// What a contact's own link shows, and whether it still works: that one entry only (its name or
// function, e-mail, phone and organisation). No row: no link has this hash, or its contact is gone.
MATCH (l:ContactLink {hash: $hash})-[:FOR]->(c:Entity)
WHERE c:ContactPoint OR c:Person
OPTIONAL CALL (c) {
  MATCH (c)-[ties:BELONGS_TO|WORKS_AT|PART_OF*1..2]->(o:Organisation)
  WHERE all(t IN ties WHERE type(t) <> 'WORKS_AT' OR t.to IS NULL OR t.to >= date())
  RETURN o, [t IN ties WHERE type(t) = 'WORKS_AT' | t.function][0] AS function
  ORDER BY size(ties)
  LIMIT 1
}
RETURN {
  linkId: l.id,
  contactId: c.id,
  type: CASE WHEN c:Person THEN 'PERSON' ELSE 'CONTACT_POINT' END,
  used: l.usedAt IS NOT NULL,
  expired: l.expiresAt <= datetime(),
  archived: coalesce(c.status, 'ACTIVE') <> 'ACTIVE',
  expiresAt: toString(l.expiresAt),
  firstName: c.firstName, lastName: c.lastName, function: function,
  nameNl: c.nameNl, nameFr: c.nameFr, nameEn: c.nameEn,
  email: c.email, phone: c.phone,
  organisationName: o.name,
  mailStopped: c.verificationMailStoppedAt IS NOT NULL
} AS entry
