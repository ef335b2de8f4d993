// The new contact persons and contact points of one import batch, in one statement, each verified
// today with what it is the one to call for (the same graph as contacts/create-person,
// contacts/create-point and contacts/set-responsibilities make for a new contact): a person works
// at its owner from today, a point belongs to it. Returns the ids made: a row whose owner vanished
// meanwhile is missing from them.
UNWIND $rows AS row
MATCH (owner:Entity {id: row.ownerId})
WHERE owner:Organisation OR owner:OrgUnit
CREATE (c:Entity {id: row.id, version: 1, createdAt: datetime(), status: 'ACTIVE', lastVerifiedAt: date()})
SET c += row.props
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END |
  SET c:Person
  CREATE (c)-[:WORKS_AT {function: row.function, from: date()}]->(owner))
FOREACH (_ IN CASE WHEN row.label = 'ContactPoint' THEN [1] ELSE [] END |
  SET c:ContactPoint
  CREATE (c)-[:BELONGS_TO]->(owner))
WITH c, row
CALL (c, row) {
  UNWIND row.responsibilities AS x
  MATCH (b:Barrier {code: x.barrier})
  MERGE (c)-[r:CONTACT_FOR {role: x.role}]->(b)
  SET r.priority = x.priority
}
RETURN collect(c.id) AS ids
