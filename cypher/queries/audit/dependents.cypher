// What still hangs from an entity: a hard deletion of an organisation or a unit must not leave
// contact points without an owner, units without their organisation, agreements without a party
// or people with a current tie to nothing.
MATCH (n:Entity {id: $id})
RETURN
  COUNT { (n)<-[:PART_OF]-(:OrgUnit) } AS units,
  COUNT { (n)<-[:BELONGS_TO]-(:ContactPoint) } AS contactPoints,
  COUNT { (n)<-[:FROM|TO]-(:SharingAgreement) } AS agreements,
  COUNT { (n)<-[t:WORKS_AT]-(:Person) WHERE t.to IS NULL } AS people
