// The organisations an import names, by id or by name (case-insensitive), with what a row can set.
MATCH (o:Organisation)
WHERE o.id IN $ids OR toLower(o.name) IN $names
RETURN o {.id, .name, .shortName, .type, .country, .website, .exploitationForms,
  coverage: [(o)-[:COVERS]->(r:Region) | r.id],
  roles: [(o)-[h:HAS_ROLE]->(b:Barrier) | b.code + ':' + h.role],
  units: [(u:OrgUnit)-[:PART_OF]->(o) | u {.id, .nameNl}]
} AS organisation
