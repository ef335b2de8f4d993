// Everything held about one person for an access request (GDPR art. 15): the entry with every
// property, every tie (past and present) with its place and organisation, their responsibilities,
// the reports about them, and the organisations and regions an export's filter or a coordinator's
// scope is compared with (as scope.cypher counts them: a unit's organisation, the regions it covers
// and every region those lie in).
MATCH (p:Person {id: $id})
RETURN p {.*} AS person,
  [(p)-[w:WORKS_AT]->(place) | {
    function: w.function, from: w.from, to: w.to, placeId: place.id,
    placeName: coalesce(place.name, place.nameNl, place.id),
    organisationName: head([(place)-[:PART_OF]->(o:Organisation) | o.name])
  }] AS ties,
  [(p)-[r:CONTACT_FOR]->(b:Barrier) | {barrierCode: b.code, role: r.role, priority: r.priority}] AS responsibilities,
  [(r:ContactReport)-[:ABOUT]->(p) | r {.*}] AS reports,
  collect {
    MATCH (p)-[:WORKS_AT]->()-[:PART_OF*0..1]->(o:Organisation) RETURN DISTINCT o.id
  } AS organisationIds,
  collect {
    MATCH (p)-[:WORKS_AT]->()-[:PART_OF*0..1]->(:Organisation)-[:COVERS]->(:Region)-[:PART_OF*0..5]->(g:Region)
    RETURN DISTINCT g.id
  } AS regionIds
