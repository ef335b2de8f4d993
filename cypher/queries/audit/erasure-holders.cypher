// The records that may keep a copy of an erased person's values, besides the events about them:
// other audit events, contact reports and import jobs with one of the values in a text property.
// A whole scan of those kinds; erasure is rare and must miss nothing.
MATCH (n)
WHERE (n:AuditEvent OR n:ContactReport OR n:ImportJob)
  AND NOT (n:AuditEvent AND n.entityId = $id)
  AND any(k IN keys(n) WHERE
    (n[k] IS :: STRING AND any(x IN $needles WHERE n[k] CONTAINS x))
    OR (n[k] IS :: LIST<STRING NOT NULL> AND any(s IN n[k] WHERE any(x IN $needles WHERE s CONTAINS x))))
RETURN elementId(n) AS ref, properties(n) AS props
