// Uses up a recovery code (by its hash) under the user's write lock; no row when it is not one of
// theirs (any more). Returns how many are left.
MATCH (u:User {id: $id})
SET u.totpRecoveryHashes = u.totpRecoveryHashes
WITH u
WHERE u.totpSecret IS NOT NULL AND $hash IN coalesce(u.totpRecoveryHashes, [])
SET u.totpRecoveryHashes = [h IN u.totpRecoveryHashes WHERE h <> $hash]
RETURN size(u.totpRecoveryHashes) AS left
