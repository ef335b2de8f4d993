// Gives the network a new version, as the last statement of a write transaction that changed it:
// the read caches of every server instance see a new token and drop what they hold.
MERGE (v:NetworkVersion {id: 'network'})
SET v.token = randomUUID()
