UNWIND $ids AS id
MATCH (n:Entity {id: id})
// An agreement is drawn as an edge between its parties, never as a node.
WHERE ($includePersons OR NOT n:Person) AND NOT n:SharingAgreement
RETURN n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .country, .type, .code, .kind,
          label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
