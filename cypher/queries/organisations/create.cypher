// A new organisation with the regions it covers. The id is derived from the name, so the uniqueness
// constraint refuses a second organisation of the same name.
CREATE (o:Organisation:Entity {id: $id, version: 1, createdAt: datetime(), status: 'ACTIVE'})
SET o += $props
WITH o
CALL (o) {
  UNWIND $regionIds AS regionId
  MATCH (r:Region {id: regionId})
  MERGE (o)-[:COVERS]->(r)
}
RETURN o.id AS id
