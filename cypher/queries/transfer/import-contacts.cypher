// The contacts an import may match: those of the given organisations (directly or through one of
// their units; persons by their current tie) and those named by id.
CALL {
  UNWIND $organisationIds AS organisationId
  MATCH (:Organisation {id: organisationId})<-[:PART_OF*0..1]-(:Entity)<-[:BELONGS_TO]-(c:ContactPoint)
  RETURN c
  UNION
  UNWIND $organisationIds AS organisationId
  MATCH (:Organisation {id: organisationId})<-[:PART_OF*0..1]-(:Entity)<-[w:WORKS_AT]-(c:Person)
  WHERE w.to IS NULL OR w.to >= date()
  RETURN c
  UNION
  UNWIND $contactIds AS contactId
  MATCH (c:Entity {id: contactId})
  WHERE c:ContactPoint OR c:Person
  RETURN c
}
OPTIONAL MATCH (c:ContactPoint)-[:BELONGS_TO]->(owner)
OPTIONAL MATCH (owner:OrgUnit)-[:PART_OF]->(ownerParent:Organisation)
OPTIONAL CALL (c) {
  MATCH (c:Person)-[w:WORKS_AT]->(place)
  WHERE w.to IS NULL OR w.to >= date()
  RETURN w, place ORDER BY w.from DESC LIMIT 1
}
OPTIONAL MATCH (place:OrgUnit)-[:PART_OF]->(placeParent:Organisation)
RETURN c {.id, .kind, .nameNl, .nameFr, .nameEn, .hoursNl, .hoursFr, .hoursEn, .firstName,
  .lastName, .email, .phone, .languages, .exploitationForms,
  label: CASE WHEN c:Person THEN 'Person' ELSE 'ContactPoint' END,
  function: w.function,
  organisationId: CASE WHEN c:Person
    THEN coalesce(placeParent.id, CASE WHEN place:Organisation THEN place.id END)
    ELSE coalesce(ownerParent.id, owner.id) END,
  unitId: CASE WHEN c:Person
    THEN CASE WHEN place:OrgUnit THEN place.id END
    ELSE CASE WHEN owner:OrgUnit THEN owner.id END END,
  responsibilities: [(c)-[r:CONTACT_FOR]->(b:Barrier) | b.code + ':' + r.role + ':' + r.priority]
} AS contact
