// Uses a link, in the transaction of what it does (a confirmation or a proposal): only once, and
// only before it expires. No row: used or expired in the meantime.
MATCH (l:ContactLink {hash: $hash})
WHERE l.usedAt IS NULL AND l.expiresAt > datetime()
SET l.usedAt = datetime(), l.usedFor = $use
RETURN l.id AS id
