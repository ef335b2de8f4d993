// One level of a neighbourhood: the relationships of the frontier nodes, agreements folded into
// organisation-to-organisation edges, filtered. Each frontier node contributes at most $perNode
// neighbours (a hub such as a country or a barrier has thousands), so the cost of a level is
// bounded by the frontier's size, never by the degree of a hub.
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
CALL (f) {
  MATCH (f)-[r]-(n:Entity)
  WHERE NOT n:SharingAgreement AND NOT f:SharingAgreement
    AND ($includePersons OR NOT n:Person)
    AND NOT n.id IN $exclude
    AND ($nodeTypes IS NULL OR any(l IN labels(n) WHERE l IN $nodeTypes))
    AND ($country IS NULL OR n.country IS NULL OR n.country = $country)
    AND ($role IS NULL OR type(r) <> 'HAS_ROLE' OR r.role = $role)
    AND ($barrier IS NULL OR NOT n:Barrier OR n.code = $barrier)
  WITH n, type(r) AS type, startNode(r) = f AS outgoing, properties(r) AS props, elementId(r) AS rid
  LIMIT $perNode
  RETURN n, type, outgoing, props, rid
  UNION
  MATCH (f:Organisation)<-[:FROM|TO]-(a:SharingAgreement)-[:FROM|TO]->(n:Organisation)
  WHERE n <> f AND coalesce(a.status, 'ACTIVE') = 'ACTIVE'
    AND NOT n.id IN $exclude
    AND ($nodeTypes IS NULL OR 'Organisation' IN $nodeTypes)
    AND ($country IS NULL OR n.country = $country)
  WITH n, a LIMIT $perNode
  RETURN n, 'SHARES_WITH' AS type, EXISTS { (a)-[:FROM]->(f) } AS outgoing,
         a {.crossBorder, .mutual, .dataCategories, agreementId: a.id,
            legalBasisIds: [(a)-[:BASED_ON]->(l:LegalBasis) | l.id]} AS props,
         a.id AS rid
}
RETURN f.id AS fromId, type, outgoing, props, rid,
       n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .country, .type, .code, .kind,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
LIMIT $limit
