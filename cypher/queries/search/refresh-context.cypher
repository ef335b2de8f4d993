// Keeps the derived search text and the :Entity label of the directory up to date, so that
// "huisvesting Genk" finds the housing contacts of Stad Genk. Runs after the seed and after edits;
// $ids limits it to the entities touched (null = all).
CALL {
  MATCH (n)
  WHERE (n:Barrier OR n:ExploitationForm OR n:Sector OR n:Indicator OR n:Region OR n:Organisation
         OR n:OrgUnit OR n:ContactPoint OR n:Person OR n:Measure OR n:LegalBasis
         OR n:SharingAgreement OR n:Network OR n:Document)
    AND ($ids IS NULL OR n.id IN $ids)
  SET n:Entity
}
CALL {
  MATCH (o:Organisation) WHERE $ids IS NULL OR o.id IN $ids
  WITH o,
       [(o)-[:HAS_ROLE]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers,
       [(o)-[:COVERS]->(r:Region) | r.nameNl + ' ' + coalesce(r.nameFr, '')] AS regions
  SET o.context = reduce(s = '', x IN barriers + regions | s + ' ' + x)
}
CALL {
  MATCH (u:OrgUnit)-[:PART_OF]->(o:Organisation) WHERE $ids IS NULL OR u.id IN $ids OR o.id IN $ids
  SET u.context = o.name + ' ' + coalesce(o.shortName, '')
}
CALL {
  MATCH (c:ContactPoint)-[:BELONGS_TO]->(owner)
  WHERE $ids IS NULL OR c.id IN $ids OR owner.id IN $ids
  OPTIONAL MATCH (owner)-[:PART_OF]->(parent:Organisation)
  WITH c, owner, parent,
       [(c)-[:CONTACT_FOR]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers
  SET c.context = coalesce(parent.name + ' ', '') + coalesce(owner.name, owner.nameNl, '') + ' '
      + coalesce(parent.shortName, owner.shortName, '') + reduce(s = '', x IN barriers | s + ' ' + x)
}
CALL {
  MATCH (p:Person) WHERE $ids IS NULL OR p.id IN $ids
  WITH p,
       [(p)-[w:WORKS_AT]->(x) WHERE w.to IS NULL OR w.to >= date() | coalesce(w.function, '')] AS functions,
       [(p)-[w:WORKS_AT]->(x) WHERE w.to IS NULL OR w.to >= date()
          | coalesce(x.name, x.nameNl, '') + ' ' + coalesce([(x)-[:PART_OF]->(o:Organisation) | o.name][0], '')] AS places,
       [(p)-[:CONTACT_FOR]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers
  SET p.functions = reduce(s = '', x IN functions | s + ' ' + x),
      p.context = reduce(s = '', x IN places + barriers | s + ' ' + x)
}
CALL {
  MATCH (n) WHERE (n:Indicator OR n:Measure) AND ($ids IS NULL OR n.id IN $ids)
  WITH n, [(n)-[:SIGNALS|RAISES]->(b:Barrier) | b.nameNl + ' ' + b.nameFr + ' ' + b.nameEn] AS barriers
  SET n.context = reduce(s = '', x IN barriers | s + ' ' + x)
}
