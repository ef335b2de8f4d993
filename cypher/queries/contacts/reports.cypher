// Open reports about contacts, oldest first, in a coordinator's scope ($all for admins). The scope
// rule of auth/scope: only a current tie to a workplace counts.
MATCH (r:ContactReport {status: 'OPEN'})-[:ABOUT]->(c)
WHERE $all OR EXISTS {
  MATCH (c)-[links:BELONGS_TO|WORKS_AT|PART_OF*1..2]->(o:Organisation)
  WHERE all(l IN links WHERE type(l) <> 'WORKS_AT' OR l.to IS NULL OR l.to >= date())
    AND (o.id IN $organisationIds
      OR EXISTS { (o)-[:COVERS]->(:Region)-[:PART_OF*0..5]->(g:Region) WHERE g.id IN $regionIds })
}
RETURN r {.*, contactId: c.id, contactType: CASE WHEN c:Person THEN 'PERSON' ELSE 'CONTACT_POINT' END} AS report
ORDER BY r.at
LIMIT $limit
