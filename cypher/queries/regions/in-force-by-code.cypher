// The municipality in force for a NIS or CBS code, following REPLACED_BY from a former one.
MATCH (r:Region)
WHERE r.nisCode = $code OR r.cbsCode = $code
OPTIONAL MATCH (r)-[:REPLACED_BY*1..5]->(now:Region)
WHERE now.validTo IS NULL
WITH coalesce(now, r) AS found
WHERE found.validTo IS NULL
RETURN DISTINCT found.id AS id
LIMIT 1
