// Who to call for a barrier (or several, when an indicator signals more than one), in a region:
// the organisations with a role on it that cover the region, nearest coverage first, then their
// cross-border counterparts; each with its contacts for that barrier and the recorded sharing
// agreements from the asking user's organisation.
MATCH (b:Barrier) WHERE b.code IN $barrierCodes
WITH collect(b) AS barriers
OPTIONAL MATCH (start:Region {id: $regionId})
CALL (start, barriers) {
  // With a place: the organisations covering it or a region it lies in (a handful of regions up
  // to the country), each with its nearest coverage. Starting from the place keeps this cheap
  // however many organisations the country holds.
  WITH start, barriers WHERE start IS NOT NULL
  MATCH p = (start)-[:PART_OF*0..5]->(covered:Region)<-[:COVERS]-(o:Organisation {status: 'ACTIVE'})
  WHERE EXISTS { (o)-[:HAS_ROLE]->(x:Barrier) WHERE x IN barriers }
  WITH o, p, covered
  ORDER BY length(p)
  WITH o, head(collect({pathIds: [n IN nodes(p) WHERE n:Region | n.id], type: covered.type,
                        distance: length(p) - 1})) AS best
  RETURN o, best.pathIds AS pathIds, best.type AS coveredType, best.distance AS distance
  UNION
  // Without a place: every organisation with a role on the barrier, by the kind of region it covers.
  // It expands from the barriers and filters status after: an index seek on status read every
  // active organisation (10,000 at national scale) even when a place was given. An unknown place
  // gives no answer here (the caller reports it) rather than every organisation.
  WITH start, barriers WHERE start IS NULL AND $regionId IS NULL
  UNWIND barriers AS x
  MATCH (o:Organisation)-[:HAS_ROLE]->(x)
  WHERE o.status = 'ACTIVE'
  WITH DISTINCT o
  RETURN o, [] AS pathIds, CASE
      WHEN EXISTS { (o)-[:COVERS]->(:Region {type: 'MUNICIPALITY'}) } THEN 'MUNICIPALITY'
      WHEN EXISTS { (o)-[:COVERS]->(r:Region) WHERE r.type <> 'COUNTRY' } THEN 'PROVINCE'
      ELSE 'COUNTRY' END AS coveredType, 0 AS distance
}
WITH start, o, pathIds, coveredType, distance,
     [(o)-[hr:HAS_ROLE]->(x:Barrier) WHERE x.code IN $barrierCodes | {role: hr.role, code: x.code}] AS ties
WITH start, o, pathIds, coveredType, distance,
     reduce(acc = [], t IN ties | CASE WHEN t.role IN acc THEN acc ELSE acc + t.role END) AS roles,
     reduce(acc = [], t IN ties | CASE WHEN t.code IN acc THEN acc ELSE acc + t.code END) AS codes
WITH start, collect({
  o: o, roles: roles, codes: codes, pathIds: pathIds, distance: distance, viaId: null,
  scope: CASE coveredType WHEN 'MUNICIPALITY' THEN 'LOCAL' WHEN 'COUNTRY' THEN 'NATIONAL' ELSE 'REGIONAL' END
}) AS direct
// The barriers asked that a local partner covers, over every partner found (before the limit and
// whatever form of exploitation was asked): the others are the answer's local gaps.
WITH start, direct,
     [code IN $barrierCodes WHERE any(d IN direct WHERE d.scope = 'LOCAL' AND code IN d.codes)] AS localCodes
// Counterparts across the border of the partners found, when they act on the same barrier.
CALL (direct, start) {
  // Without a place every partner of both countries is already in `direct`: nothing to add, and
  // comparing each counterpart with thousands of partners at national scale would cost seconds.
  WITH direct, start WHERE start IS NOT NULL
  UNWIND direct AS d
  WITH d, d.o AS o
  MATCH (o)-[:COUNTERPART_OF]-(c:Organisation {status: 'ACTIVE'})-[hr:HAS_ROLE]->(b:Barrier)
  WHERE b.code IN $barrierCodes AND c.country <> coalesce(start.country, o.country)
    AND NONE(x IN direct WHERE x.o = c)
  WITH c, o, collect(DISTINCT hr.role) AS roles
  WITH c, head(collect({o: o, roles: roles})) AS first
  RETURN collect({o: c, roles: first.roles, pathIds: [], distance: 0, viaId: first.o.id,
                  scope: 'CROSS_BORDER'}) AS crossBorder
}
UNWIND direct + crossBorder AS entry
// Nearest first; at the same distance, partners who can act (enforce, inspect, screen) before
// those who signal or refer: $roleOrder lists the roles from most to least able to act.
WITH localCodes, entry, entry.o AS o,
     // Without a place, national partners come first: there is no "nearest" to call.
     CASE WHEN start IS NULL
       THEN CASE entry.scope WHEN 'NATIONAL' THEN 0 WHEN 'REGIONAL' THEN 1 ELSE 2 END
       ELSE CASE entry.scope WHEN 'LOCAL' THEN 0 WHEN 'REGIONAL' THEN 1 WHEN 'NATIONAL' THEN 2 ELSE 3 END
     END AS scopeRank,
     coalesce([i IN range(0, size($roleOrder) - 1) WHERE $roleOrder[i] IN entry.roles][0], 99) AS roleRank,
     // A partner that records only other forms of exploitation than the one asked comes last, so
     // that it never takes a place in the limit; routing/form-effect.ts leaves it out and says so.
     CASE WHEN $formCode IS NOT NULL AND size(coalesce(entry.o.exploitationForms, [])) > 0
            AND NOT $formCode IN entry.o.exploitationForms THEN 1 ELSE 0 END AS otherForms
ORDER BY otherForms, scopeRank, entry.distance, roleRank, o.name
LIMIT $limit
// The contacts of that organisation (or its units) for the barrier, primary first.
CALL (o) {
  CALL (o) {
    MATCH (c:ContactPoint)-[:BELONGS_TO]->(o) RETURN c
    UNION
    MATCH (c:ContactPoint)-[:BELONGS_TO]->(:OrgUnit)-[:PART_OF]->(o) RETURN c
    UNION
    MATCH (c:Person)-[w:WORKS_AT]->(o) WHERE $includePersons AND (w.to IS NULL OR w.to >= date()) RETURN c
    UNION
    MATCH (c:Person)-[w:WORKS_AT]->(:OrgUnit)-[:PART_OF]->(o)
    WHERE $includePersons AND (w.to IS NULL OR w.to >= date()) RETURN c
  }
  MATCH (c)-[cf:CONTACT_FOR]->(b:Barrier)
  WHERE b.code IN $barrierCodes AND coalesce(c.status, 'ACTIVE') = 'ACTIVE'
  WITH c, cf ORDER BY CASE cf.priority WHEN 'PRIMARY' THEN 0 ELSE 1 END,
                      CASE WHEN c:ContactPoint THEN 0 ELSE 1 END, coalesce(c.nameNl, c.lastName)
  // Every role of the contact there (the first call ranks by the one that fits the caller's need);
  // its most important tie orders the list.
  WITH c, head(collect(cf)) AS cf,
       collect({role: cf.role, priority: coalesce(cf.priority, 'BACKUP')}) AS ties
  ORDER BY CASE cf.priority WHEN 'PRIMARY' THEN 0 ELSE 1 END,
           CASE WHEN c:ContactPoint THEN 0 ELSE 1 END, coalesce(c.nameNl, c.lastName)
  // A contact point's own fields come along (all the answer shows of it); a person is loaded by
  // id when asked for, as its function comes from its tie.
  RETURN collect({id: c.id, type: CASE WHEN c:Person THEN 'PERSON' ELSE 'CONTACT_POINT' END,
                  priority: coalesce(cf.priority, 'BACKUP'), role: cf.role, ties: ties,
                  phone: c.phone, verifiedAt: c.lastVerifiedAt,
                  sortName: coalesce(c.nameNl, c.firstName + ' ' + c.lastName),
                  forms: coalesce(c.exploitationForms, []),
                  point: CASE WHEN c:ContactPoint THEN c {.*} END}) AS contacts
}
// What the asking user's organisation may share with this one, and on which basis.
CALL (o) {
  OPTIONAL MATCH (mine:Organisation {id: $viewerOrganisationId})
  OPTIONAL MATCH (mine)<-[:FROM|TO]-(a:SharingAgreement)-[:FROM|TO]->(o)
  WHERE mine <> o AND coalesce(a.status, 'ACTIVE') = 'ACTIVE'
    AND (a.mutual OR (a)-[:FROM]->(mine))
  RETURN mine IS NOT NULL AS asked, collect(DISTINCT a.id) AS agreementIds
}
RETURN o.id AS organisationId, o {.*} AS organisation, entry.roles AS roles, entry.scope AS scope, entry.distance AS distance,
       entry.pathIds AS pathIds, entry.viaId AS viaId, contacts,
       CASE WHEN asked THEN agreementIds END AS agreementIds,
       o.id = $viewerOrganisationId AS ownOrganisation, localCodes
