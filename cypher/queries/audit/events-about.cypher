// Every audit event about one entity (an erasure rewrites them all), with its element id.
MATCH (e:AuditEvent {entityId: $id})
RETURN elementId(e) AS ref, e.entityName AS entityName, e.changes AS changes
