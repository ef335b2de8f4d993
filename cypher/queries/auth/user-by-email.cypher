MATCH (u:User {email: $email})
OPTIONAL MATCH (u)-[:BELONGS_TO]->(o:Organisation)
RETURN u {.id, .email, .name, .role, .disabled, .passwordHash, .language, organisationId: o.id} AS user
