// The shortest connections (at most 5) between two entities through the ties that say how partners
// are connected: agreements, counterparts, coverage, regions, units, employment. Barriers, measures
// and networks are left out, since they connect nearly everyone in two hops. The search is a
// breadth-first SHORTEST with the person rule applied while searching; never through users.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE $includePersons OR NOT (a:Person OR b:Person)
MATCH p = ALL SHORTEST (a)((x)-[:FROM|TO|COUNTERPART_OF|COVERS|PART_OF|WORKS_AT|BELONGS_TO]-(y:Entity)
  WHERE $includePersons OR NOT y:Person){1,8}(b)
WITH p
WHERE length(p) <= $maxHops
LIMIT 5
RETURN [n IN nodes(p) | n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .country,
          .type, .code, .kind, .crossBorder, .mutual, .dataCategories,
          legalBasisIds: CASE WHEN n:SharingAgreement THEN [(n)-[:BASED_ON]->(l:LegalBasis) | l.id] END,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {rid: elementId(r), type: type(r), fromId: startNode(r).id,
          toId: endNode(r).id, props: properties(r)}] AS edges
