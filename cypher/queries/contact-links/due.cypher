// Contacts whose entry is due for verification by mail: active, with an e-mail address, not opted
// out, never verified or last on or before $cutoff (shared/verification.ts staleCutoff), with a
// current place in an organisation, and not yet mailed in this cycle (a cycle is one value of
// lastVerifiedAt: a confirmation starts the next). Oldest first, at most $limit.
MATCH (c:Entity)
WHERE (c:ContactPoint OR c:Person) AND coalesce(c.status, 'ACTIVE') = 'ACTIVE'
  AND c.email IS NOT NULL AND trim(c.email) <> ''
  AND c.verificationMailStoppedAt IS NULL
  AND (c.lastVerifiedAt IS NULL OR date(c.lastVerifiedAt) <= date($cutoff))
  AND NOT EXISTS {
    MATCH (l:ContactLink)-[:FOR]->(c)
    WHERE l.cycle = coalesce(toString(c.lastVerifiedAt), 'never') AND l.mailedAt IS NOT NULL
  }
CALL (c) {
  MATCH (c)-[ties:BELONGS_TO|WORKS_AT|PART_OF*1..2]->(o:Organisation)
  WHERE all(t IN ties WHERE type(t) <> 'WORKS_AT' OR t.to IS NULL OR t.to >= date())
  RETURN o
  ORDER BY size(ties)
  LIMIT 1
}
RETURN {
  id: c.id,
  type: CASE WHEN c:Person THEN 'PERSON' ELSE 'CONTACT_POINT' END,
  email: c.email,
  firstName: c.firstName, lastName: c.lastName,
  nameNl: c.nameNl, nameFr: c.nameFr, nameEn: c.nameEn,
  languages: coalesce(c.languages, []),
  country: o.country,
  cycle: coalesce(toString(c.lastVerifiedAt), 'never')
} AS contact
ORDER BY c.lastVerifiedAt ASC, c.id
LIMIT $limit
