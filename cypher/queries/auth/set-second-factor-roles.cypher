// Sets the roles that must sign in with a second factor; returns what they were.
MERGE (p:AuthPolicy {id: 'auth-policy'})
WITH p, coalesce(p.secondFactorRoles, []) AS before
SET p.secondFactorRoles = $roles, p.updatedAt = datetime()
RETURN before
