// A sign-in sent to an identity provider: what its callback must match (state, nonce, PKCE
// verifier), under the hash of the browser's short-lived cookie. Expired ones go at the same time.
CALL {
  MATCH (old:SsoAttempt) WHERE old.expiresAt < datetime()
  WITH old LIMIT 1000
  DELETE old
}
CREATE (a:SsoAttempt {keyHash: $keyHash, providerId: $providerId, state: $state, nonce: $nonce,
                      verifier: $verifier, returnTo: $returnTo, createdAt: datetime(),
                      expiresAt: datetime() + duration({minutes: $minutes})})
RETURN a.keyHash AS keyHash
