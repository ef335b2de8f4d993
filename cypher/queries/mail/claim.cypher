// Claims a message for sending: each id once (a retry or a restart never sends it again), and at
// most $perWindow messages to one recipient (a hash of the address) per window.
OPTIONAL MATCH (seen:MailMessage {id: $id})
WITH seen, COUNT {
  MATCH (m:MailMessage {recipient: $recipient})
  WHERE m.claimedAt > datetime() - duration({minutes: $windowMinutes})
} AS recent
CALL (seen, recent) {
  WITH seen, recent WHERE seen IS NULL AND recent < $perWindow
  MERGE (m:MailMessage {id: $id})
  ON CREATE SET m.recipient = $recipient, m.kind = $kind, m.claimedAt = datetime()
}
RETURN CASE WHEN seen IS NOT NULL THEN 'duplicate'
            WHEN recent >= $perWindow THEN 'limited'
            ELSE 'claimed' END AS outcome
