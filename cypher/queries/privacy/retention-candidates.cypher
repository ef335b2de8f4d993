// The persons the retention rule looks at: archived ones, and those whose every tie has ended.
// `since` is when they were last in use: the latest of their last change (an archiving is one),
// their creation and the end of their last tie.
MATCH (p:Person)
WITH p, [(p)-[w:WORKS_AT]->() | w.to] AS ends
WHERE p.status = 'ARCHIVED' OR (size(ends) > 0 AND none(e IN ends WHERE e IS NULL OR e >= date()))
WITH p, ends,
  [d IN [date(coalesce(p.updatedAt, p.createdAt)), date(p.createdAt)] + ends WHERE d IS NOT NULL] AS dates
RETURN p.id AS id, p.firstName AS firstName, p.lastName AS lastName, p.status AS status,
  reduce(latest = date('1970-01-01'), d IN dates | CASE WHEN d > latest THEN d ELSE latest END) AS since
ORDER BY since, id
