// Every organisation with the columns of the import format, by name.
MATCH (o:Organisation)
RETURN o {.id, .name, .shortName, .type, .country, .website, .status, .exploitationForms,
  coverage: [(o)-[:COVERS]->(r:Region) | r.id],
  roles: [(o)-[h:HAS_ROLE]->(b:Barrier) | b.code + ':' + h.role]
} AS organisation
ORDER BY o.name, o.id
