// The audit trail, newest first, filtered by entity, user and period (nulls = any), keyset-paged.
// With $withParts, the entity's filter takes in what belongs to it: an organisation's units, its
// contact points and the people who work or worked there (directly or in a unit), and the sharing
// agreements it is party to. Each event comes with the current name of the account that made it.
OPTIONAL MATCH (root:Entity {id: $entityId})
WITH CASE
  WHEN $entityId IS NULL THEN null
  WHEN NOT $withParts OR root IS NULL THEN [$entityId]
  ELSE [$entityId] + COLLECT {
    MATCH (part)-[:PART_OF|BELONGS_TO|WORKS_AT|FROM|TO*1..2]->(root)
    WHERE part:OrgUnit OR part:ContactPoint OR part:Person OR part:SharingAgreement
    RETURN DISTINCT part.id
  }
END AS ids
MATCH (e:AuditEvent)
WHERE (ids IS NULL OR e.entityId IN ids)
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND ($beforeAt IS NULL OR e.at < datetime($beforeAt) OR (e.at = datetime($beforeAt) AND e.id < $beforeId))
WITH e
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
OPTIONAL MATCH (u:User {id: e.userId})
RETURN e {.*, userName: u.name} AS event
ORDER BY e.at DESC, e.id DESC
