// Uses up a sign-in under way (each works once); nothing when unknown or expired.
MATCH (a:SsoAttempt {keyHash: $keyHash})
WITH a, a {.providerId, .state, .nonce, .verifier, .returnTo} AS attempt,
     a.expiresAt > datetime() AS live
DELETE a
WITH attempt WHERE live
RETURN attempt
