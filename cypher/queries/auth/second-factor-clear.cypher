// Removes a user's second factor (turned off, or reset by an administrator); whether there was one.
MATCH (u:User {id: $id})
WITH u, u.totpSecret IS NOT NULL AS had
SET u.totpSecret = null, u.totpPendingSecret = null, u.totpPendingAt = null,
    u.totpLastStep = null, u.totpRecoveryHashes = null, u.totpEnabledAt = null
RETURN had
