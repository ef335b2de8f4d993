// The identity provider a session came through, if any.
MATCH (s:Session {tokenHash: $tokenHash})
WHERE s.ssoProviderId IS NOT NULL
RETURN s.ssoProviderId AS providerId, s.idToken AS idToken
