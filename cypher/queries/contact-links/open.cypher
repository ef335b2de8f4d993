// The link of one contact's verification cycle, made once: MERGE by its id, so a second run or a
// restart finds it instead of making another. Its hash is replaced only while no mail with its id
// was claimed (a run stopped between making the link and sending it); once a mail is out, its
// token stays the one that works. `fresh`: the stored hash is the one passed (send this token).
MATCH (c:Entity {id: $contactId})
MERGE (l:ContactLink {id: $id})
ON CREATE SET l.hash = $hash, l.cycle = $cycle, l.createdAt = datetime(),
              l.expiresAt = datetime() + duration({days: $days})
ON MATCH SET l.hash = CASE WHEN l.mailedAt IS NULL AND NOT EXISTS { (:MailMessage {id: $id}) }
                           THEN $hash ELSE l.hash END,
             l.expiresAt = CASE WHEN l.mailedAt IS NULL AND NOT EXISTS { (:MailMessage {id: $id}) }
                                THEN datetime() + duration({days: $days}) ELSE l.expiresAt END
MERGE (l)-[:FOR]->(c)
RETURN l.hash = $hash AS fresh, l.mailedAt IS NOT NULL AS mailed
