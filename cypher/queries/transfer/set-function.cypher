// Changes the function of a person's current tie (the latest that has not ended).
MATCH (p:Person {id: $id})-[w:WORKS_AT]->()
WHERE w.to IS NULL OR w.to >= date()
WITH w ORDER BY w.from DESC LIMIT 1
SET w.function = $function
RETURN count(w) AS changed
