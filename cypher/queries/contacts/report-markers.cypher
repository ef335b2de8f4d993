// Who has an open report about each contact: the "reported, being checked" marker (one query for
// every contact on a screen). Unknown ids and other entities give no row.
UNWIND $ids AS id
MATCH (c:Entity {id: id})
WHERE c:ContactPoint OR c:Person
RETURN {id: id, reporterIds: [(r:ContactReport {status: 'OPEN'})-[:ABOUT]->(c) | r.userId]} AS marker
