// The account a provider's subject has signed in to before.
MATCH (:SsoIdentity {key: $key})-[:OF]->(u:User)
RETURN u.id AS id
