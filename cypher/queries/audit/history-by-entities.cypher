// The history of several entities at once (newest first, at most $limit events each), each event
// with the current name of the account that made it (null when the account is gone).
UNWIND $ids AS id
CALL (id) {
  MATCH (e:AuditEvent {entityId: id})
  RETURN e ORDER BY e.at DESC, e.id DESC LIMIT $limit
}
OPTIONAL MATCH (u:User {id: e.userId})
RETURN id, collect(e {.*, userName: u.name}) AS events
