// Authored training scenarios (one, or all of a scope) with what makes them stale: every partner
// or contact point an answer choice names that is archived (with the day of its last archiving,
// from the audit trail) or no longer exists. A coordinator's scope: the scenarios they wrote and
// those set in a region inside their scope regions; an administrator (or a learner) sees all.
MATCH (s:AuthoredScenario)
WHERE ($id IS NULL OR s.id = $id)
  AND (NOT $activeOnly OR s.status = 'ACTIVE')
  AND ($everywhere OR s.authorId = $userId
       OR EXISTS { MATCH (:Region {id: s.regionId})-[:PART_OF*0..5]->(r:Region) WHERE r.id IN $regionIds })
CALL (s) {
  UNWIND coalesce(s.referenceIds, []) AS refId
  OPTIONAL MATCH (n:Entity {id: refId})
  WITH refId, n WHERE n IS NULL OR n.status = 'ARCHIVED'
  OPTIONAL CALL (n) {
    MATCH (e:AuditEvent {action: 'ARCHIVE'})-[:ABOUT]->(n)
    RETURN e.at AS archivedAt ORDER BY e.at DESC LIMIT 1
  }
  RETURN collect({
    id: refId,
    kind: CASE WHEN n IS NULL THEN null ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END,
    name: coalesce(n.name, n.nameNl),
    archivedAt: toString(date(archivedAt))
  }) AS stale
}
RETURN s {.*, _lock: null, context: null} AS scenario, stale
ORDER BY s.titleNl, s.id
