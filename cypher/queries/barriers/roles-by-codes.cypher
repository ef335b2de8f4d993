// Who plays which role at each barrier (active organisations): every role of every organisation
// there, so thousands of rows per barrier at national scale, read only for Barrier.roles.
UNWIND $codes AS code
MATCH (b:Barrier {code: code})
RETURN code, [(o:Organisation)-[r:HAS_ROLE]->(b) WHERE o.status = 'ACTIVE' | {organisationId: o.id, role: r.role}] AS roles
