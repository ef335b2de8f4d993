// Adds a tie of a person to an organisation or unit (e.g. after moving to another team).
MATCH (p:Person {id: $id}), (place:Entity {id: $workplaceId})
WHERE place:Organisation OR place:OrgUnit
CREATE (p)-[:WORKS_AT {function: $function, from: date($from)}]->(place)
RETURN place.id AS placeId
