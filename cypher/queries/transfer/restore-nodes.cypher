// Creates a batch of nodes from a backup with their labels and properties, exactly; returns how to
// find each again for its relationships.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN row.properties.id AS id, elementId(n) AS ref
