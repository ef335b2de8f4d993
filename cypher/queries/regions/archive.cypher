// A region no longer in force from $since on (validTo the day before), without a successor.
MATCH (r:Region {id: $id})
SET r.validTo = date($since) - duration('P1D')
RETURN r.validTo AS validTo
