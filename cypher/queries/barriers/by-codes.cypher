UNWIND $codes AS code
MATCH (b:Barrier {code: code})
RETURN b {.*, createdAt: null} AS barrier
