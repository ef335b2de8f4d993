// Removes the lock marker from entities locked in this transaction that no update released
// (a lock followed by no change). The lock itself is held until the transaction ends.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n._lock IS NOT NULL
REMOVE n._lock
