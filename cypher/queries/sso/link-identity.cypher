// Links a provider's subject to an account, so later sign-ins find it even when the e-mail changes.
MATCH (u:User {id: $userId})
MERGE (i:SsoIdentity {key: $key})
ON CREATE SET i.providerId = $providerId, i.subject = $subject, i.createdAt = datetime()
// An id as every node a backup keeps has one.
SET i.id = coalesce(i.id, 'sso-identity:' + $key)
MERGE (i)-[:OF]->(u)
RETURN i.key AS key
