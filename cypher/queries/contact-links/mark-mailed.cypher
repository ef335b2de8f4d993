// The mail with this link went out (or had gone out before a restart): the cycle is done.
MATCH (l:ContactLink {id: $id})
SET l.mailedAt = coalesce(l.mailedAt, datetime())
RETURN count(l) AS marked
