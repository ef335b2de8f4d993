// Whether an account gets the weekly digest (on unless turned off).
MATCH (u:User {id: $userId})
RETURN coalesce(u.digestMail, true) AS on
