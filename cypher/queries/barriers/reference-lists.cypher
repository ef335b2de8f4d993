// Exploitation forms and sectors: small reference lists, read together.
RETURN [(f:ExploitationForm) | f {.*}] AS forms, [(s:Sector) | s {.*}] AS sectors
