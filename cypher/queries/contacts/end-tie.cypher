// Ends a person's current tie(s) on a date: the history stays, who-to-call no longer offers them.
// With $workplaceId only the tie to that organisation or unit ends, else every running tie.
MATCH (p:Person {id: $id})-[w:WORKS_AT]->(place)
WHERE (w.to IS NULL OR w.to > date($to)) AND ($workplaceId IS NULL OR place.id = $workplaceId)
SET w.to = date($to)
RETURN collect(place.id + ' (' + coalesce(w.function, '') + ')') AS ended
