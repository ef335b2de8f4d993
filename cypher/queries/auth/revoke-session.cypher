// Ends one of a user's own sessions; returns its token hash (none when it is not theirs).
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE coalesce(s.id, s.tokenHash) = $id
WITH s, s.tokenHash AS tokenHash
DETACH DELETE s
RETURN tokenHash
