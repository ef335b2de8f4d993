// Records, in the load's own transaction, what was loaded for a country.
MERGE (l:ReferenceLoad {country: $country})
SET l.hash = $hash, l.referenceDate = $referenceDate, l.loadedAt = datetime()
