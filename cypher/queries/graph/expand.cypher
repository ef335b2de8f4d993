// One level of a neighbourhood: the relationships of the frontier nodes, agreements folded into
// organisation-to-organisation edges, filtered. Each frontier node contributes at most $perNode
// neighbours and the level at most $limit rows (a hub such as a country or a barrier has
// thousands), so the cost of a level is bounded by the room left, never by the degree of a hub.
// Only the first $room new neighbours are kept, so only they are projected (most rows of a level
// near a hub are dropped): one row with the new nodes, the edges among the frontier and them, and
// whether anything was left out (a new node without room, or the row cap reached).
CALL {
  UNWIND $exclude AS xid
  MATCH (x:Entity {id: xid})
  RETURN collect(x) AS excluded
}
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
// An agreement has no neighbours of its own here: it is folded into an edge.
WHERE NOT f:SharingAgreement
CALL (f, excluded) {
  // The labels are read once per relationship, not once per label test: a hub has thousands.
  MATCH (f)-[r]-(n)
  WITH f, r, n, labels(n) AS labels
  // A contact point, unit or person has the country of its organisation (read only when filtering).
  WITH f, r, n, labels, CASE WHEN $country IS NULL THEN null WHEN n.country IS NOT NULL THEN n.country
    WHEN any(l IN labels WHERE l IN ['ContactPoint', 'OrgUnit', 'Person'])
    THEN head([(n)-[:BELONGS_TO|PART_OF|WORKS_AT*1..3]->(o:Organisation) | o.country]) END AS country
  WHERE 'Entity' IN labels AND NOT 'SharingAgreement' IN labels
    AND ($includePersons OR NOT 'Person' IN labels)
    AND NOT n IN excluded
    AND ($nodeTypes IS NULL OR any(l IN labels WHERE l IN $nodeTypes))
    AND ($country IS NULL OR country IS NULL OR country = $country)
    AND ($role IS NULL OR type(r) <> 'HAS_ROLE' OR r.role = $role)
    AND ($barrier IS NULL OR NOT 'Barrier' IN labels OR n.code = $barrier)
  WITH n, r
  LIMIT $perNode
  // Type, direction and properties are read later, for the rows kept.
  RETURN n, null AS type, null AS outgoing, r AS rel, null AS props, elementId(r) AS rid
  UNION
  MATCH (f:Organisation)<-[:FROM|TO]-(a:SharingAgreement)-[:FROM|TO]->(n:Organisation)
  WHERE n <> f AND coalesce(a.status, 'ACTIVE') = 'ACTIVE'
    AND NOT n IN excluded
    AND ($nodeTypes IS NULL OR 'Organisation' IN $nodeTypes)
    AND ($country IS NULL OR n.country = $country)
  WITH n, a LIMIT $perNode
  RETURN n, 'SHARES_WITH' AS type, EXISTS { (a)-[:FROM]->(f) } AS outgoing, null AS rel,
         a {.crossBorder, .mutual, .dataCategories, agreementId: a.id,
            legalBasisIds: [(a)-[:BASED_ON]->(l:LegalBasis) | l.id]} AS props,
         a.id AS rid
}
WITH f, f.id AS fromId, n, type, outgoing, rel, props, rid
LIMIT $limit
WITH collect({f: f, fromId: fromId, n: n, type: type, outgoing: outgoing, rel: rel, props: props, rid: rid}) AS rows
CALL {
  UNWIND $frontier AS fid
  MATCH (k:Entity {id: fid})
  RETURN collect(k) AS known
}
// The neighbours in the order they first appear; the new ones are those not in the frontier.
CALL (rows) {
  UNWIND range(0, size(rows) - 1) AS i
  WITH rows[i].n AS n, min(i) AS first
  ORDER BY first
  RETURN collect(n) AS seen
}
WITH rows, known, [n IN seen WHERE NOT n IN known] AS fresh
WITH rows, known, fresh[0..$room] AS kept, size(fresh) > $room OR size(rows) >= $limit AS truncated
RETURN truncated,
  // Each kind reads only the properties the view shows of it (graph.schema.ts: label, subtype,
  // country); a contact point, unit or person has the country of its organisation.
  [n IN kept | CASE
     WHEN n:Organisation THEN n {.id, .name, .type, .country, label: 'Organisation'}
     WHEN n:Region THEN n {.id, .nameNl, .nameFr, .nameEn, .type, .code, .country, label: 'Region'}
     WHEN n:ContactPoint OR n:OrgUnit OR n:Person THEN
       n {.id, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .kind,
          country: head([(n)-[:BELONGS_TO|PART_OF|WORKS_AT*1..3]->(o:Organisation) | o.country]),
          label: [l IN labels(n) WHERE l <> 'Entity'][0]}
     ELSE n {.id, .nameNl, .nameFr, .nameEn, .code, .kind, label: [l IN labels(n) WHERE l <> 'Entity'][0]} END] AS nodes,
  [row IN rows WHERE row.n IN known OR row.n IN kept |
    {fromId: row.fromId, toId: row.n.id, rid: row.rid,
     type: coalesce(row.type, type(row.rel)),
     outgoing: coalesce(row.outgoing, startNode(row.rel) = row.f),
     props: coalesce(row.props, properties(row.rel))}] AS edges
