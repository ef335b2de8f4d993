// A user's second factor as the server checks it (never sent to a client), and whether their role
// must have one (the administrators' setting on the one AuthPolicy node).
MATCH (u:User {id: $id})
OPTIONAL MATCH (p:AuthPolicy {id: 'auth-policy'})
RETURN u.totpSecret AS secret, u.totpPendingSecret AS pending,
       coalesce(u.totpLastStep, -1) AS lastStep,
       size(coalesce(u.totpRecoveryHashes, [])) AS recoveryCodesLeft,
       u.role IN coalesce(p.secondFactorRoles, []) AS required
