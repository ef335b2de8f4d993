// A new contact person with their tie to an organisation or unit, verified today.
MATCH (place:Entity {id: $workplaceId})
WHERE place:Organisation OR place:OrgUnit
CREATE (p:Person:Entity {id: $id, version: 1, createdAt: datetime(), status: 'ACTIVE', lastVerifiedAt: date()})
SET p += $props
CREATE (p)-[:WORKS_AT {function: $function, from: coalesce(date($from), date())}]->(place)
RETURN p.id AS id
