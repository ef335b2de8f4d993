// The audit trail, newest first, filtered by entity, user and period (nulls = any), keyset-paged.
MATCH (e:AuditEvent)
WHERE ($entityId IS NULL OR e.entityId = $entityId)
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND ($beforeAt IS NULL OR e.at < datetime($beforeAt) OR (e.at = datetime($beforeAt) AND e.id < $beforeId))
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
