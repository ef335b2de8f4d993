// The manual's sharing agreements: those in force between partners it lists (both parties among
// $organisationIds), and the time of the network's last recorded change, the state it reflects.
CALL {
  UNWIND $organisationIds AS fromId
  MATCH (f:Organisation {id: fromId})<-[:FROM]-(a:SharingAgreement)-[:TO]->(t:Organisation)
  WHERE t.id IN $organisationIds AND coalesce(a.status, 'ACTIVE') = 'ACTIVE'
  RETURN collect(DISTINCT a.id) AS agreementIds
}
CALL {
  OPTIONAL MATCH (e:AuditEvent)
  WITH e ORDER BY e.at DESC LIMIT 1
  RETURN CASE WHEN e IS NULL THEN null ELSE toString(e.at) END AS lastChangeAt
}
RETURN agreementIds, lastChangeAt
