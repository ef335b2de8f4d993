// The shortest connections (at most 5) between two entities through the kinds of ties the reader
// allows ($kinds, from the API's fixed GraphLinkKind list): AGREEMENT (a sharing agreement's
// FROM/TO), COUNTERPART, STRUCTURE (units, contact points, people of an organisation), NETWORK
// (membership of a cooperation network) and GEOGRAPHY (coverage and regions inside regions).
// Barriers and measures are never used, since they connect nearly everyone in two hops. The
// search is a breadth-first SHORTEST with the person rule and the kinds applied while searching;
// never through users. The relationship types are fixed here; the reader only picks among them.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE $includePersons OR NOT (a:Person OR b:Person)
MATCH p = ALL SHORTEST (a)((x)-[r:FROM|TO|COUNTERPART_OF|COVERS|PART_OF|WORKS_AT|BELONGS_TO|MEMBER_OF]-(y:Entity)
  WHERE ($includePersons OR NOT y:Person)
    AND CASE
      WHEN r:FROM OR r:TO THEN 'AGREEMENT'
      WHEN r:COUNTERPART_OF THEN 'COUNTERPART'
      WHEN r:MEMBER_OF THEN 'NETWORK'
      WHEN r:COVERS OR x:Region OR y:Region THEN 'GEOGRAPHY'
      ELSE 'STRUCTURE'
    END IN $kinds){1,8}(b)
WITH p
WHERE length(p) <= $maxHops
LIMIT 5
RETURN [n IN nodes(p) | n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .type,
          .code, .kind, .crossBorder, .mutual, .dataCategories,
          country: coalesce(n.country, CASE WHEN n:ContactPoint OR n:OrgUnit OR n:Person
            THEN head([(n)-[:BELONGS_TO|PART_OF|WORKS_AT*1..3]->(o:Organisation) | o.country]) END),
          legalBasisIds: CASE WHEN n:SharingAgreement THEN [(n)-[:BASED_ON]->(l:LegalBasis) | l.id] END,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {rid: elementId(r), type: type(r), fromId: startNode(r).id,
          toId: endNode(r).id, props: properties(r)}] AS edges
