// A new functional contact point of an organisation or one of its units, verified today.
MATCH (owner:Entity {id: $ownerId})
WHERE owner:Organisation OR owner:OrgUnit
CREATE (c:ContactPoint:Entity {id: $id, version: 1, createdAt: datetime(), status: 'ACTIVE', lastVerifiedAt: date()})
SET c += $props
CREATE (c)-[:BELONGS_TO]->(owner)
RETURN c.id AS id
