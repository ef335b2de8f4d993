// Notes on a session that it came through an identity provider, with the ID token that asks the
// provider to end its own session at sign-out.
MATCH (s:Session {tokenHash: $tokenHash})
SET s.ssoProviderId = $providerId, s.idToken = $idToken
RETURN s.id AS id
