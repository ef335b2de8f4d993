// A signed-in user says a contact is wrong; it waits in the coordinators' verification queue.
// Nothing is created while the same user's earlier report about this contact is still open.
MATCH (c:Entity {id: $contactId})
WHERE (c:ContactPoint OR c:Person)
  AND NOT EXISTS { (:ContactReport {status: 'OPEN', userId: $userId})-[:ABOUT]->(c) }
CREATE (r:ContactReport {id: $id, at: datetime(), userId: $userId, userEmail: $userEmail,
                         reason: $reason, message: $message, status: 'OPEN'})-[:ABOUT]->(c)
RETURN r.id AS id
