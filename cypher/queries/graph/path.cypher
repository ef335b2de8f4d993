// The shortest connections between two entities (at most 5), never through users or, for
// anonymous callers, persons.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE length(p) <= $maxHops
  AND all(n IN nodes(p) WHERE n:Entity AND ($includePersons OR NOT n:Person))
WITH p LIMIT 5
RETURN [n IN nodes(p) | n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .country,
          .type, .code, .kind, .crossBorder, .mutual, .dataCategories,
          legalBasisIds: CASE WHEN n:SharingAgreement THEN [(n)-[:BASED_ON]->(l:LegalBasis) | l.id] END,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {rid: elementId(r), type: type(r), fromId: startNode(r).id,
          toId: endNode(r).id, props: properties(r)}] AS edges
