// Sets the properties an import row changed; the editor then bumps the version and records it.
MATCH (n:Entity {id: $id})
SET n += $props
RETURN n.id AS id
