// The codes and ids reference links may point to, to validate input before writing.
RETURN COLLECT { MATCH (b:Barrier) RETURN b.code } AS barriers,
       COLLECT { MATCH (l:LegalBasis) RETURN l.id } AS legalBases,
       COLLECT { MATCH (f:ExploitationForm) RETURN f.code } AS forms,
       COLLECT { MATCH (s:Sector) RETURN s.code } AS sectors
