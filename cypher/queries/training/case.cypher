// The facts of one generated scenario besides who-to-call: the signal at the barrier, the place,
// the municipality's own organisation (the caller), the measures that raise the barrier (those the
// municipality can apply itself apart), other measures and agreements to draw wrong choices from.
MATCH (i:Indicator {id: $indicatorId})-[:SIGNALS]->(b:Barrier {code: $barrierCode})
MATCH (r:Region {id: $regionId, type: 'MUNICIPALITY'})
OPTIONAL CALL (r) {
  MATCH (o:Organisation {type: 'MUNICIPALITY', status: 'ACTIVE'})-[:COVERS]->(r)
  RETURN o ORDER BY o.id LIMIT 1
}
RETURN i.id AS indicatorId, b.code AS barrierCode, r.id AS regionId, o.id AS ownOrganisationId,
  COLLECT { MATCH (m:Measure)-[:RAISES]->(b) RETURN m.id AS id ORDER BY id } AS barrierMeasureIds,
  COLLECT { MATCH (o)-[:CAN_APPLY]->(m:Measure)-[:RAISES]->(b) RETURN m.id AS id ORDER BY id } AS ownMeasureIds,
  COLLECT { MATCH (m:Measure) WHERE NOT (m)-[:RAISES]->(b) RETURN m.id AS id ORDER BY id } AS otherMeasureIds,
  COLLECT { MATCH (a:SharingAgreement) WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE'
            RETURN a.id AS id ORDER BY id LIMIT 60 } AS agreementIds
