// The audit events about one person (their history, oldest first) and every export since they
// were created that held persons: an access request tells from each export's filter whether it
// could have held them (access-request.ts).
MATCH (p:Person {id: $id})
RETURN
  collect {
    MATCH (e:AuditEvent {entityId: $id}) RETURN e {.*} AS event ORDER BY e.at, e.id
  } AS history,
  collect {
    MATCH (e:AuditEvent {action: 'EXPORT'})
    WHERE e.at >= coalesce(p.createdAt, datetime('1970-01-01T00:00:00Z'))
    RETURN e {.*} AS event ORDER BY e.at, e.id
  } AS exports
