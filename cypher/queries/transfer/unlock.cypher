// Removes the lock markers of an import batch from the records it did not change.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n._lock IS NOT NULL
REMOVE n._lock
RETURN count(n) AS unlocked
