// Single sign-on (OpenID Connect): sign-ins under way, the provider identities linked to accounts,
// and the claim mappings administrators keep.
CREATE CONSTRAINT sso_attempt_key IF NOT EXISTS FOR (n:SsoAttempt) REQUIRE n.keyHash IS UNIQUE;
CREATE CONSTRAINT sso_identity_key IF NOT EXISTS FOR (n:SsoIdentity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sso_mapping_id IF NOT EXISTS FOR (n:SsoClaimMapping) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sso_mapping_key IF NOT EXISTS FOR (n:SsoClaimMapping) REQUIRE n.key IS UNIQUE;
