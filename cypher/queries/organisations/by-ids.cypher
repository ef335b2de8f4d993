UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o {.*, createdAt: null} AS organisation
