// Deletes up to $limit nodes (with their relationships) of everything but the applied migrations
// and the network's version (each batch gives it a new token); run until it deletes none. Only the
// restore command, with --wipe, runs it.
MATCH (n)
WHERE NOT (n:Migration OR n:NetworkVersion)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
