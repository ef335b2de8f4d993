MATCH (b:Barrier)
RETURN b {.*, createdAt: null} AS barrier
ORDER BY b.sortOrder, b.code
