// Contacts due for verification (never verified, or last on or before $cutoff, the day
// shared/verification.ts staleCutoff names), oldest first, in a coordinator's scope ($all for admins).
// The scope rule of auth/scope: only a current tie to a workplace counts.
MATCH (c:Entity)
WHERE (c:ContactPoint OR c:Person) AND coalesce(c.status, 'ACTIVE') = 'ACTIVE'
  AND (c.lastVerifiedAt IS NULL OR date(c.lastVerifiedAt) <= date($cutoff))
  AND ($includePersons OR NOT c:Person)
  AND ($all OR EXISTS {
    MATCH (c)-[links:BELONGS_TO|WORKS_AT|PART_OF*1..2]->(o:Organisation)
    WHERE all(l IN links WHERE type(l) <> 'WORKS_AT' OR l.to IS NULL OR l.to >= date())
      AND (o.id IN $organisationIds
        OR EXISTS { (o)-[:COVERS]->(:Region)-[:PART_OF*0..5]->(r:Region) WHERE r.id IN $regionIds })
  })
RETURN c.id AS id, CASE WHEN c:Person THEN 'PERSON' ELSE 'CONTACT_POINT' END AS type
ORDER BY c.lastVerifiedAt ASC, c.id
LIMIT $limit
