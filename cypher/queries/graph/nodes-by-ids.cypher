UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE $includePersons OR NOT n:Person
RETURN n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .country, .type, .code, .kind,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
