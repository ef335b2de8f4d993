// Reference provinces (and the Brussels-Capital Region) of a country, each PART_OF the country.
// MERGE on id: a node the demo seed already has keeps its names; codes are set in place.
MATCH (country:Region {id: $countryId})
UNWIND $rows AS row
MERGE (p:Region {id: row.id})
ON CREATE SET p.version = 1, p.createdAt = datetime(), p.code = row.nisCode,
              p.nameNl = row.nameNl, p.nameFr = row.nameFr, p.nameDe = row.nameDe
SET p.type = 'PROVINCE', p.country = $country, p.nisCode = row.nisCode,
    p.referenceDate = date($referenceDate)
MERGE (p)-[:PART_OF]->(country)
RETURN count(p) AS n
