// Which of the given regions lie inside a coordinator's scope regions.
UNWIND $ids AS id
OPTIONAL MATCH (r:Region {id: id})
RETURN id, r IS NOT NULL AND EXISTS { (r)-[:PART_OF*0..5]->(s:Region) WHERE s.id IN $regionIds } AS inScope
