// Applies changed properties (a null removes one), bumps the version, releases the lock marker.
MATCH (n:Entity {id: $id})
SET n += $props, n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime()
REMOVE n._lock
RETURN n.version AS version
