// The fingerprint of the reference geography last loaded for a country (null: never, or wiped).
OPTIONAL MATCH (l:ReferenceLoad {country: $country})
RETURN l.hash AS hash
