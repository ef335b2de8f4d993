// Ends a person's current tie(s) on a date: the history stays, who-to-call no longer offers them.
MATCH (p:Person {id: $id})-[w:WORKS_AT]->(place)
WHERE w.to IS NULL OR w.to > date($to)
SET w.to = date($to)
RETURN collect(place.id + ' (' + coalesce(w.function, '') + ')') AS ended
