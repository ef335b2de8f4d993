// Replaces one kind of link of a measure or indicator: the barriers it raises or signals, the
// legal bases of a measure, the forms of exploitation or sectors of an indicator. Targets are
// matched by code (barriers, forms, sectors) or id (legal bases). Returns keys before and after.
MATCH (n:Entity {id: $id})
WITH n, [(n)-[r]->(x) WHERE type(r) = $kind | coalesce(x.code, x.id)] AS before
CALL (n) {
  MATCH (n)-[r]->() WHERE type(r) = $kind
  DELETE r
}
CALL (n) {
  UNWIND $keys AS key
  OPTIONAL MATCH (b:Barrier {code: key}) WHERE $kind IN ['RAISES', 'SIGNALS']
  OPTIONAL MATCH (l:LegalBasis {id: key}) WHERE $kind = 'BASED_ON'
  OPTIONAL MATCH (f:ExploitationForm {code: key}) WHERE $kind = 'POINTS_TO'
  OPTIONAL MATCH (s:Sector {code: key}) WHERE $kind = 'SEEN_IN'
  WITH n, coalesce(b, l, f, s) AS x
  WHERE x IS NOT NULL
  CALL (n, x) { WITH n, x WHERE $kind = 'RAISES' MERGE (n)-[:RAISES]->(x) }
  CALL (n, x) { WITH n, x WHERE $kind = 'SIGNALS' MERGE (n)-[:SIGNALS]->(x) }
  CALL (n, x) { WITH n, x WHERE $kind = 'BASED_ON' MERGE (n)-[:BASED_ON]->(x) }
  CALL (n, x) { WITH n, x WHERE $kind = 'POINTS_TO' MERGE (n)-[:POINTS_TO]->(x) }
  CALL (n, x) { WITH n, x WHERE $kind = 'SEEN_IN' MERGE (n)-[:SEEN_IN]->(x) }
}
RETURN before, [(n)-[r]->(x) WHERE type(r) = $kind | coalesce(x.code, x.id)] AS after
