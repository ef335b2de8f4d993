// Deletes a user account for good (an erasure request): the account, its sessions, its mail links
// (invitation, password reset, the digest's opt-out), its single sign-on identities, and the
// sign-in counters kept under its e-mail address. What it wrote stays, under a pseudonym
// (audit/erasure.ts, AuditRepository.eraseUser).
MATCH (u:User {id: $id})
CALL (u) {
  OPTIONAL MATCH (s:Session)-[:OF]->(u)
  DETACH DELETE s
}
CALL (u) {
  OPTIONAL MATCH (link:AccountToken|DigestLink)-[:FOR]->(u)
  DETACH DELETE link
}
CALL (u) {
  OPTIONAL MATCH (i:SsoIdentity)-[:OF]->(u)
  DETACH DELETE i
}
CALL (u) {
  OPTIONAL MATCH (t:SignInThrottle) WHERE t.key CONTAINS toLower(u.email)
  DETACH DELETE t
}
DETACH DELETE u
RETURN count(*) AS deleted
