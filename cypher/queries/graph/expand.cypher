// One level of a neighbourhood: the relationships of the frontier nodes, agreements folded into
// organisation-to-organisation edges, filtered and capped.
UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
CALL (f) {
  MATCH (f)-[r]-(n:Entity)
  WHERE NOT n:SharingAgreement AND NOT f:SharingAgreement
  RETURN n, type(r) AS type, startNode(r) = f AS outgoing, properties(r) AS props, elementId(r) AS rid
  UNION
  MATCH (f:Organisation)<-[:FROM|TO]-(a:SharingAgreement)-[:FROM|TO]->(n:Organisation)
  WHERE n <> f
  RETURN n, 'SHARES_WITH' AS type, EXISTS { (a)-[:FROM]->(f) } AS outgoing,
         a {.crossBorder, .mutual, .dataCategories, agreementId: a.id,
            legalBasisIds: [(a)-[:BASED_ON]->(l:LegalBasis) | l.id]} AS props,
         a.id AS rid
}
WITH f, n, type, outgoing, props, rid
WHERE ($includePersons OR NOT n:Person)
  AND NOT n.id IN $exclude
  AND ($nodeTypes IS NULL OR any(l IN labels(n) WHERE l IN $nodeTypes))
  AND ($country IS NULL OR n.country IS NULL OR n.country = $country)
  AND ($role IS NULL OR type <> 'HAS_ROLE' OR props.role = $role)
  AND ($barrier IS NULL OR NOT n:Barrier OR n.code = $barrier)
WITH f, n, type, outgoing, props, rid
ORDER BY CASE WHEN n:Organisation THEN 0 WHEN n:Barrier THEN 1 ELSE 2 END, n.id
LIMIT $limit
RETURN f.id AS fromId, type, outgoing, props, rid,
       n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .country, .type, .code, .kind,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
