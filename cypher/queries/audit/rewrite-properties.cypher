// Sets the given properties of records found by element id (an erasure's rewritten values).
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.ref
SET n += row.props
RETURN count(n) AS rewritten
