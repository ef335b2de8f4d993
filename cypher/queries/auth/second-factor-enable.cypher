// Confirms an enrolment: the pending secret becomes the user's, with the time step of the code
// that confirmed it (no replay) and the hashes of fresh recovery codes. No row when the pending
// secret changed meanwhile (a second enrolment started in another tab) or the user has one.
MATCH (u:User {id: $id})
SET u.totpPendingAt = u.totpPendingAt
WITH u
WHERE u.totpPendingSecret = $secret AND u.totpSecret IS NULL
SET u.totpSecret = $secret, u.totpPendingSecret = null, u.totpPendingAt = null,
    u.totpLastStep = $step, u.totpRecoveryHashes = $recoveryHashes, u.totpEnabledAt = datetime()
RETURN u.id AS id
