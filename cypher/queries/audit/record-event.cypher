// One audit event per successful change, written in the same transaction as the change.
CREATE (e:AuditEvent {id: $eventId, at: datetime(), userId: $userId, userEmail: $userEmail,
                      action: $action, entityType: $entityType, entityId: $entityId,
                      entityName: $entityName, changes: $changes})
WITH e
OPTIONAL MATCH (n:Entity {id: $entityId})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (e)-[:ABOUT]->(n))
RETURN e.id AS id
