// A new department or team of an organisation.
MATCH (o:Organisation {id: $organisationId})
CREATE (u:OrgUnit:Entity {id: $id, version: 1, createdAt: datetime(), status: 'ACTIVE'})
SET u += $props
CREATE (u)-[:PART_OF]->(o)
RETURN u.id AS id
