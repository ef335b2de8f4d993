// The history of several entities at once (newest first, at most $limit events each).
UNWIND $ids AS id
CALL (id) {
  MATCH (e:AuditEvent {entityId: id})
  RETURN e ORDER BY e.at DESC, e.id DESC LIMIT $limit
}
RETURN id, collect(e {.*}) AS events
