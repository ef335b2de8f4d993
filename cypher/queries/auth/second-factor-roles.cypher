// The roles that must sign in with a second factor (none until an administrator says so).
OPTIONAL MATCH (p:AuthPolicy {id: 'auth-policy'})
RETURN coalesce(p.secondFactorRoles, []) AS roles
