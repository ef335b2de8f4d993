// The generated training scenarios on offer: every signal at every barrier (or at one barrier),
// and the municipalities in force that have an active municipal organisation of their own (the
// caller of the story). The server pairs each signal with one of those places.
CALL {
  MATCH (i:Indicator)-[:SIGNALS]->(b:Barrier)
  WHERE $barrierCode IS NULL OR b.code = $barrierCode
  WITH i, b ORDER BY b.sortOrder, i.code
  RETURN collect({barrierCode: b.code, indicatorId: i.id}) AS cases
}
CALL {
  MATCH (:Organisation {type: 'MUNICIPALITY', status: 'ACTIVE'})-[:COVERS]->(r:Region {type: 'MUNICIPALITY'})
  WHERE r.validTo IS NULL
  WITH DISTINCT r ORDER BY r.id
  RETURN collect(r.id) AS regionIds
}
RETURN cases, regionIds
