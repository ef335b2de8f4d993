// Every directory entity carries :Entity (the id index of edits, graph queries and search
// refreshes). The seed and the bench generator write plain labels; this adds the one they lack.
MATCH (n)
WHERE (n:Barrier OR n:ExploitationForm OR n:Sector OR n:Indicator OR n:Region OR n:Organisation
       OR n:OrgUnit OR n:ContactPoint OR n:Person OR n:Measure OR n:LegalBasis
       OR n:SharingAgreement OR n:Network OR n:Document)
  AND NOT n:Entity
SET n:Entity
RETURN count(n) AS labelled
