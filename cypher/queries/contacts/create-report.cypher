// A signed-in user says a contact is wrong; it waits in the coordinators' verification queue.
MATCH (c:Entity {id: $contactId})
WHERE c:ContactPoint OR c:Person
CREATE (r:ContactReport {id: $id, at: datetime(), userId: $userId, userEmail: $userEmail,
                         message: $message, status: 'OPEN'})-[:ABOUT]->(c)
RETURN r.id AS id
