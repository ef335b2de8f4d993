MATCH (:ContactReport {id: $id})-[:ABOUT]->(c)
RETURN c.id AS contactId
