// The link of one contact's verification cycle, made once: MERGE by its id, so a second run or a
// restart finds it instead of making another. Its hash is replaced only while no mail with its id
// was claimed (a run stopped between making the link and sending it); once a mail is out, its
// token stays the one that works. `fresh`: the stored hash is the one passed (send this token).
MATCH (c:Entity {id: $contactId})
OPTIONAL MATCH (claimed:MailMessage {id: $id})
WITH c, claimed IS NOT NULL AS claimed
MERGE (l:ContactLink {id: $id})
ON CREATE SET l.hash = $hash, l.cycle = $cycle, l.createdAt = datetime(),
              l.expiresAt = datetime() + duration({days: $days})
WITH c, l, claimed, l.hash = $hash AS created
WITH c, l, created, created OR (l.mailedAt IS NULL AND NOT claimed) AS fresh
SET l.hash = CASE WHEN fresh THEN $hash ELSE l.hash END,
    l.expiresAt = CASE WHEN fresh AND NOT created THEN datetime() + duration({days: $days})
                       ELSE l.expiresAt END
MERGE (l)-[:FOR]->(c)
RETURN fresh, l.mailedAt IS NOT NULL AS mailed
