MATCH (r:ContactReport {id: $id})-[:ABOUT]->(c)
SET r.status = 'RESOLVED', r.resolvedAt = datetime(), r.resolvedBy = $userId
RETURN c.id AS contactId
