// Replaces a password hash made with older parameters, unless it changed in the meantime.
MATCH (u:User {id: $id})
WHERE u.passwordHash = $previous
SET u.passwordHash = $passwordHash
RETURN count(u) AS updated
