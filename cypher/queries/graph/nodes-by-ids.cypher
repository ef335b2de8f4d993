UNWIND $ids AS id
MATCH (n:Entity {id: id})
// An agreement is drawn as an edge between its parties, never as a node.
WHERE ($includePersons OR NOT n:Person) AND NOT n:SharingAgreement
RETURN n {.id, .name, .nameNl, .nameFr, .nameEn, .firstName, .lastName, .type, .code, .kind,
          // A contact point, unit or person has the country of its organisation: the country filter
          // applies to them too.
          country: coalesce(n.country, CASE WHEN n:ContactPoint OR n:OrgUnit OR n:Person
            THEN head([(n)-[:BELONGS_TO|PART_OF|WORKS_AT*1..3]->(o:Organisation) | o.country]) END),
          label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
