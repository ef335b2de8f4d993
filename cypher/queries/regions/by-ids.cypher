UNWIND $ids AS id
MATCH (r:Region {id: id})
RETURN r {.*, parentIds: [(r)-[:PART_OF]->(p:Region) | p.id]} AS region
