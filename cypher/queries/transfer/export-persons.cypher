// Every person with their current tie (none once they have left), by organisation and name.
MATCH (p:Person)
OPTIONAL CALL (p) {
  MATCH (p)-[w:WORKS_AT]->(place)
  WHERE w.to IS NULL OR w.to >= date()
  RETURN w, place ORDER BY w.from DESC LIMIT 1
}
OPTIONAL MATCH (place:OrgUnit)-[:PART_OF]->(parent:Organisation)
WITH p, w, place, CASE WHEN place:OrgUnit THEN parent ELSE place END AS o
RETURN p {.id, .firstName, .lastName, .email, .phone, .languages, .status, .lastVerifiedAt,
  .exploitationForms,
  function: w.function,
  unitId: CASE WHEN place:OrgUnit THEN place.id END,
  organisationId: o.id,
  responsibilities: [(p)-[r:CONTACT_FOR]->(b:Barrier) | b.code + ':' + r.role + ':' + r.priority]
} AS contact
ORDER BY o.name, o.id, p.lastName, p.firstName, p.id
