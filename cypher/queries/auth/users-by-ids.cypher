UNWIND $ids AS id
MATCH (u:User {id: id})
OPTIONAL MATCH (u)-[:BELONGS_TO]->(o:Organisation)
RETURN u {.id, .email, .name, .role, organisationId: o.id} AS user
