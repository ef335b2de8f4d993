// Turns an account's weekly digest on or off; returns the setting before. No row: no such user.
MATCH (u:User {id: $userId})
WITH u, coalesce(u.digestMail, true) AS before
SET u.digestMail = $on
RETURN before
