// A person with their current tie (the latest without an end, or ending in the future).
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[w:WORKS_AT]->(place)
WHERE w.to IS NULL OR w.to >= date()
WITH p, w, place ORDER BY w.from DESC
WITH p, head(collect({w: w, place: place})) AS tie
WITH p, tie.w AS w, tie.place AS place
OPTIONAL MATCH (place)-[:PART_OF]->(parent:Organisation)
RETURN p {.*,
  function: w.function,
  since: w.from,
  organisationId: coalesce(parent.id, CASE WHEN place:Organisation THEN place.id END),
  unitId: CASE WHEN place:OrgUnit THEN place.id END,
  responsibilities: [(p)-[r:CONTACT_FOR]->(b:Barrier) | {barrierCode: b.code, role: r.role, priority: r.priority}],
  history: [(p)-[h:WORKS_AT]->(x) | {function: h.function, from: h.from, to: h.to, placeId: x.id}]
} AS person
