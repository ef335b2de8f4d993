// The derived search text of the entities an edit touched, and of those whose text names them
// (the units, contact points and people of a touched organisation or unit), found through the id
// index: the cost of an edit grows with what it touched, not with the size of the directory.
// After a seed, SearchRepository.refreshAll runs it over every searchable entity in batches.
UNWIND $ids AS id
MATCH (t:Entity {id: id})
OPTIONAL MATCH (d)-[:PART_OF|BELONGS_TO|WORKS_AT*1..2]->(t)
  WHERE (t:Organisation OR t:OrgUnit) AND (d:OrgUnit OR d:ContactPoint OR d:Person)
WITH collect(DISTINCT t) + collect(DISTINCT d) AS found
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
RETURN count(n) AS refreshed
