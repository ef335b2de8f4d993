// Which of the given entities fall in a coordinator's scope: they belong (directly, through a unit,
// a workplace or as a party to an agreement) to an organisation that is in the scope's organisations
// or covers a region inside the scope's regions. Only a current tie to a workplace counts (no end,
// or an end today or later): someone who left an organisation in the scope is no longer in it. The
// verification queues (contacts/overdue, contacts/reports) apply the same rule.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL CALL (n) {
  MATCH (n)-[links:BELONGS_TO|PART_OF|WORKS_AT|FROM|TO*0..2]->(o:Organisation)
  WHERE all(l IN links WHERE type(l) <> 'WORKS_AT' OR l.to IS NULL OR l.to >= date())
  RETURN collect(DISTINCT o) AS orgs
}
RETURN id, coalesce(any(o IN orgs WHERE o.id IN $organisationIds
  OR EXISTS { (o)-[:COVERS]->(:Region)-[:PART_OF*0..5]->(r:Region) WHERE r.id IN $regionIds }), false) AS inScope
