UNWIND $ids AS id
MATCH (i:Indicator {id: id})
RETURN i {.*,
  barrierCodes: [(i)-[:SIGNALS]->(b:Barrier) | b.code],
  formCodes: [(i)-[:POINTS_TO]->(f:ExploitationForm) | f.code],
  sectorCodes: [(i)-[:SEEN_IN]->(s:Sector) | s.code]
} AS indicator
