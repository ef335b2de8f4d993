// The message left: to the SMTP server, or into the outbox folder.
MATCH (m:MailMessage {id: $id})
SET m.sentAt = datetime(), m.via = $via
RETURN count(m) AS marked
