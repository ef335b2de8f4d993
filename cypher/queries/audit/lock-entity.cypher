// Takes the write lock on an entity before reading it, so that its version check and update cannot
// interleave with another transaction's (no lost update). The marker is removed by the update.
MATCH (n:Entity {id: $id})
SET n._lock = true
RETURN n {.*, _lock: null} AS current, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
