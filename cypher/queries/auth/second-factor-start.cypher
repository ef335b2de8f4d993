// Starts (or starts over) an enrolment: a pending secret, used only once a code confirms it.
MATCH (u:User {id: $id})
SET u.totpPendingSecret = $secret, u.totpPendingAt = datetime()
RETURN u.id AS id
