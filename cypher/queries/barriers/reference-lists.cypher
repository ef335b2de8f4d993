// Exploitation forms and sectors: small reference lists, read together.
RETURN COLLECT { MATCH (f:ExploitationForm) RETURN f {.*} } AS forms,
       COLLECT { MATCH (s:Sector) RETURN s {.*} } AS sectors
