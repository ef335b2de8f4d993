// Takes the write locks of the records an import batch may change, before it reads them again,
// so that an edit made meanwhile cannot be overwritten unseen (the same marker the editor uses).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
RETURN count(n) AS locked
