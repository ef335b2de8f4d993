// Many audit events of one change in one statement (an import batch): the same event per entity
// as audit/record-event writes, by the same user and action.
UNWIND $events AS event
CREATE (e:AuditEvent {id: event.eventId, at: datetime(), userId: $userId, userEmail: $userEmail,
                      action: $action, entityType: event.entityType, entityId: event.entityId,
                      entityName: event.entityName, changes: event.changes})
WITH e, event
OPTIONAL MATCH (n:Entity {id: event.entityId})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (e)-[:ABOUT]->(n))
RETURN count(e) AS recorded
