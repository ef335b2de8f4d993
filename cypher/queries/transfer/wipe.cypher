// Deletes up to $limit nodes (with their relationships) of everything but the applied migrations;
// run until it deletes none. Only the restore command, with --wipe, runs it.
MATCH (n)
WHERE NOT n:Migration
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
