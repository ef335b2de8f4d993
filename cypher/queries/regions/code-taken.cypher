// A region of the country, other than $id, that already carries $code (as its code, NIS or CBS
// code). Codes are unique within a country, former regions included: an old code keeps resolving
// to the region in force that replaced it (in-force-by-code.cypher).
MATCH (r:Region {country: $country})
WHERE r.id <> $id AND (r.code = $code OR r.nisCode = $code OR r.cbsCode = $code)
RETURN r.id AS id
LIMIT 1
