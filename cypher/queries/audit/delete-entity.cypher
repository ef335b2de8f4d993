// Hard deletion (data-protection requests): the node and its relationships. The audit event that
// records it stays, without a link to what is gone.
MATCH (n:Entity {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
