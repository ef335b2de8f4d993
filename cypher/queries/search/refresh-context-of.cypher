// The derived search text of the entities an edit touched, and of those whose text names them
// (the units, contact points and people of a touched organisation or unit), found through the id
// index: the cost of an edit grows with what it touched, not with the size of the directory.
// A touched sector or form of exploitation reaches the indicators linked to it (their vocabulary
// holds its words). After a seed, SearchRepository.refreshAll runs it over every searchable entity
// in batches.
UNWIND $ids AS id
MATCH (t:Entity {id: id})
OPTIONAL MATCH (d)-[:PART_OF|BELONGS_TO|WORKS_AT*1..2]->(t)
  WHERE (t:Organisation OR t:OrgUnit) AND (d:OrgUnit OR d:ContactPoint OR d:Person)
OPTIONAL MATCH (i:Indicator)-[:SEEN_IN|POINTS_TO]->(t) WHERE t:Sector OR t:ExploitationForm
WITH collect(DISTINCT t) + collect(DISTINCT d) + collect(DISTINCT i) AS found
UNWIND found AS n
WITH DISTINCT n
CALL (n) {
  WITH n WHERE n:Organisation
  WITH n,
       [(n)-[:HAS_ROLE]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers,
       [(n)-[:COVERS]->(r:Region) | r.nameNl + ' ' + coalesce(r.nameFr, '')] AS regions
  SET n.context = reduce(s = '', x IN barriers + regions | s + ' ' + x)
}
CALL (n) {
  MATCH (n:OrgUnit)-[:PART_OF]->(o:Organisation)
  SET n.context = o.name + ' ' + coalesce(o.shortName, '')
}
CALL (n) {
  MATCH (n:ContactPoint)-[:BELONGS_TO]->(owner)
  OPTIONAL MATCH (owner)-[:PART_OF]->(parent:Organisation)
  WITH n, owner, parent,
       [(n)-[:CONTACT_FOR]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers
  SET n.context = coalesce(parent.name + ' ', '') + coalesce(owner.name, owner.nameNl, '') + ' '
      + coalesce(parent.shortName, owner.shortName, '') + reduce(s = '', x IN barriers | s + ' ' + x)
}
CALL (n) {
  WITH n WHERE n:Person
  WITH n,
       [(n)-[w:WORKS_AT]->(x) WHERE w.to IS NULL OR w.to >= date() | coalesce(w.function, '')] AS functions,
       [(n)-[w:WORKS_AT]->(x) WHERE w.to IS NULL OR w.to >= date()
          | coalesce(x.name, x.nameNl, '') + ' ' + coalesce([(x)-[:PART_OF]->(o:Organisation) | o.name][0], '')] AS places,
       [(n)-[:CONTACT_FOR]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers
  SET n.functions = reduce(s = '', x IN functions | s + ' ' + x),
      n.context = reduce(s = '', x IN places + barriers | s + ' ' + x)
}
CALL (n) {
  WITH n WHERE n:Indicator OR n:Measure
  WITH n, [(n)-[:SIGNALS|RAISES]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers
  SET n.context = reduce(s = '', x IN barriers | s + ' ' + x)
}
// Staff's words for a signal: its own synonyms, and the names and synonyms of the sectors it is
// seen in and the forms of exploitation it points to ("wasstraat" finds the car-wash signals).
CALL (n) {
  WITH n WHERE n:Indicator
  WITH n, coalesce(n.synonymsNl, []) + coalesce(n.synonymsFr, []) + coalesce(n.synonymsEn, [])
       + reduce(w = [], s IN [(n)-[:SEEN_IN]->(s:Sector) | s]
           | w + [s.nameNl, s.nameFr, s.nameEn] + coalesce(s.synonymsNl, [])
             + coalesce(s.synonymsFr, []) + coalesce(s.synonymsEn, []))
       + reduce(w = [], f IN [(n)-[:POINTS_TO]->(f:ExploitationForm) | f]
           | w + coalesce(f.synonymsNl, []) + coalesce(f.synonymsFr, []) + coalesce(f.synonymsEn, []))
       AS words
  SET n.vocabulary = reduce(s = '', x IN words | s + ' ' + coalesce(x, ''))
}
RETURN count(n) AS refreshed
