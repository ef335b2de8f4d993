// Hard deletion (data-protection requests): the node and its relationships, with the reports staff
// made about it (they may name the person). The audit event that records it stays, without a link
// to what is gone.
MATCH (n:Entity {id: $id})
FOREACH (report IN [(r:ContactReport)-[:ABOUT]->(n) | r] | DETACH DELETE report)
DETACH DELETE n
RETURN count(*) AS deleted
