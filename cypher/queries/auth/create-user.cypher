CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $passwordHash,
                disabled: false, createdAt: datetime(), version: 1})
RETURN u.id AS id
