// An organisation's page in one query: the organisation as by-ids.cypher returns it (read in one
// walk over its relationships instead of one per list), and the rows its page shows, each list in
// the shape of its own feature's by-ids query (named above it), so that the server can prime those
// DataLoaders instead of asking for them level by level. $with says which lists the request asks
// for. No persons here: they load through contacts/persons-by-ids, for signed-in users only.
MATCH (o:Organisation {id: $id})
WITH o, [(o)-[r]-(x) | {type: type(r), out: startNode(r) = o, r: r, x: x}] AS links
WITH o, links, [l IN links WHERE l.type = 'PART_OF' AND NOT l.out AND l.x:OrgUnit | l.x] AS units
WITH o {.*,
  roles: [l IN links WHERE l.type = 'HAS_ROLE' AND l.out AND l.x:Barrier
    | {barrierCode: l.x.code, role: l.r.role}],
  coverageIds: [l IN links WHERE l.type = 'COVERS' AND l.out AND l.x:Region | l.x.id],
  unitIds: [u IN units | u.id],
  contactPointIds: [l IN links WHERE l.type = 'BELONGS_TO' AND NOT l.out AND l.x:ContactPoint | l.x.id]
    + reduce(ids = [], u IN units | ids + [(c:ContactPoint)-[:BELONGS_TO]->(u) | c.id]),
  personIds: [l IN links WHERE l.type = 'WORKS_AT' AND NOT l.out AND l.x:Person
      AND (l.r.to IS NULL OR l.r.to >= date()) | l.x.id]
    + reduce(ids = [], u IN units
      | ids + [(p:Person)-[w:WORKS_AT]->(u) WHERE w.to IS NULL OR w.to >= date() | p.id]),
  networkIds: [l IN links WHERE l.type = 'MEMBER_OF' AND l.out AND l.x:Network | l.x.id],
  counterpartIds: [l IN links WHERE l.type = 'COUNTERPART_OF' AND l.x:Organisation | l.x.id],
  agreementIds: [l IN links WHERE l.type IN ['FROM', 'TO'] AND NOT l.out AND l.x:SharingAgreement | l.x.id],
  measureIds: [l IN links WHERE l.type = 'CAN_APPLY' AND l.out AND l.x:Measure | l.x.id]
} AS organisation
// regions/by-ids
CALL (organisation) {
  UNWIND CASE WHEN $with.coverage THEN organisation.coverageIds ELSE [] END AS id
  MATCH (r:Region {id: id})
  RETURN collect(r {.*, parentIds: [(r)-[:PART_OF]->(p:Region) | p.id]}) AS regions
}
// organisations/units-by-ids
CALL (organisation) {
  UNWIND CASE WHEN $with.units THEN organisation.unitIds ELSE [] END AS id
  MATCH (u:OrgUnit {id: id})-[:PART_OF]->(o:Organisation)
  RETURN collect(u {.*, organisationId: o.id,
    contactPointIds: [(c:ContactPoint)-[:BELONGS_TO]->(u) | c.id],
    personIds: [(p:Person)-[w:WORKS_AT]->(u) WHERE w.to IS NULL OR w.to >= date() | p.id]
  }) AS units
}
// contacts/points-by-ids
CALL (organisation) {
  UNWIND CASE WHEN $with.contactPoints THEN organisation.contactPointIds ELSE [] END AS id
  MATCH (c:ContactPoint {id: id})-[:BELONGS_TO]->(owner)
  OPTIONAL MATCH (owner)-[:PART_OF]->(parent:Organisation)
  RETURN collect(c {.*,
    organisationId: coalesce(parent.id, owner.id),
    unitId: CASE WHEN owner:OrgUnit THEN owner.id END,
    responsibilities: [(c)-[r:CONTACT_FOR]->(b:Barrier) | {barrierCode: b.code, role: r.role, priority: r.priority}]
  }) AS contactPoints
}
// sharing/agreements-by-ids
CALL (organisation) {
  UNWIND CASE WHEN $with.agreements THEN organisation.agreementIds ELSE [] END AS id
  MATCH (a:SharingAgreement {id: id})-[:FROM]->(f:Organisation), (a)-[:TO]->(t:Organisation)
  RETURN collect(a {.*, fromId: f.id, toId: t.id,
    legalBasisIds: [(a)-[:BASED_ON]->(l:LegalBasis) | l.id]}) AS agreements
}
// sharing/legal-bases-by-ids, for the agreements
CALL (agreements) {
  UNWIND agreements AS a
  UNWIND a.legalBasisIds AS id
  WITH DISTINCT id
  MATCH (l:LegalBasis {id: id})
  RETURN collect(l {.*}) AS legalBases
}
// organisations/refs-by-ids: the counterparts and the parties to the agreements
CALL (organisation, agreements) {
  UNWIND CASE WHEN $with.counterparts THEN organisation.counterpartIds ELSE [] END
    + [a IN agreements | a.fromId] + [a IN agreements | a.toId] AS id
  WITH DISTINCT id
  MATCH (x:Organisation {id: id})
  RETURN collect(x {.*}) AS organisations
}
// barriers/by-codes: the barriers of its roles and of its contact points' responsibilities
CALL (organisation, contactPoints) {
  UNWIND CASE WHEN $with.roles THEN [r IN organisation.roles | r.barrierCode] ELSE [] END
    + reduce(codes = [], c IN contactPoints | codes + [r IN c.responsibilities | r.barrierCode]) AS code
  WITH DISTINCT code
  MATCH (b:Barrier {code: code})
  RETURN collect(b {.*,
    indicatorIds: [(i:Indicator)-[:SIGNALS]->(b) | i.id],
    measureIds: [(m:Measure)-[:RAISES]->(b) | m.id]
  }) AS barriers
}
RETURN organisation, regions, units, contactPoints, agreements, legalBases, organisations, barriers
