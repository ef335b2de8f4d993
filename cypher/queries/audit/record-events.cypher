// The audit events of a successful change, written in the same transaction as the change: one per
// entity, by one user and action (a mutation writes one or a few, an import batch hundreds).
UNWIND $events AS event
CREATE (e:AuditEvent {id: event.eventId, at: datetime(), userId: $userId, userEmail: $userEmail,
                      action: $action, entityType: event.entityType, entityId: event.entityId,
                      entityName: event.entityName, changes: event.changes})
WITH e, event
OPTIONAL MATCH (n:Entity {id: event.entityId})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (e)-[:ABOUT]->(n))
RETURN count(e) AS recorded
