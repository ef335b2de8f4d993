// A new authored training scenario, written by a coordinator or administrator. Its questions are
// stored as one JSON text (they are always read and changed as a whole); the partners and contact
// points its answer choices name are listed in referenceIds, so that an archived one flags it.
MATCH (u:User {id: $authorId})
CREATE (s:AuthoredScenario:Entity {id: $id, version: 1, createdAt: datetime(), status: 'ACTIVE',
                                   authorId: $authorId})
SET s += $props
CREATE (s)-[:WRITTEN_BY]->(u)
RETURN s.id AS id
