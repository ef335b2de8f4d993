UNWIND $ids AS id
MATCH (n:Network {id: id})
RETURN n {.*, memberIds: [(o:Organisation)-[:MEMBER_OF]->(n) WHERE o.status = 'ACTIVE' | o.id]} AS network
