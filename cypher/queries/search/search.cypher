// Full-text search over the directory; persons only for signed-in users.
CALL db.index.fulltext.queryNodes('directory_search', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
  AND ($includePersons OR NOT node:Person)
  AND coalesce(node.status, 'ACTIVE') = 'ACTIVE'
// Organisations are what people look for most: they weigh more than their own contact points.
WITH node, label, score * coalesce($weights[label], 1.0) AS score
ORDER BY score DESC, node.id
LIMIT $limit
// The hit's own fields, so that a result list needs no second query.
RETURN node.id AS id, label, score, node {.*} AS node
