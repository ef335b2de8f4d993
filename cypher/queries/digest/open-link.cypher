// The opt-out link of one digest mail, made once: MERGE by the mail's id, so a second run or a
// restart finds it instead of making another. Its hash is replaced only while no mail with that id
// was claimed; once the mail is out, its token stays the one that works. `fresh`: the stored hash
// is the one passed (send the mail with this token). No row: no such user.
MATCH (u:User {id: $userId})
OPTIONAL MATCH (claimed:MailMessage {id: $id})
WITH u, claimed IS NOT NULL AS claimed
MERGE (l:DigestLink {id: $id})
ON CREATE SET l.hash = $hash, l.createdAt = datetime()
WITH u, l, claimed, l.hash = $hash AS created
WITH u, l, created OR NOT claimed AS fresh
SET l.hash = CASE WHEN fresh THEN $hash ELSE l.hash END
MERGE (l)-[:FOR]->(u)
RETURN fresh
