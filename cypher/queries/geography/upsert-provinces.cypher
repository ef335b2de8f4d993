// Reference provinces (and the Brussels-Capital Region) of a country, each PART_OF the country.
// The country is created if missing (an external database loaded without the demo seed), with the
// same id and names as the seed. MERGE on id: a node the seed already has keeps its names.
// A Belgian row carries its NIS code, a Dutch one its CBS code (PVnn); the other is null.
MERGE (country:Region {id: $countryRow.id})
ON CREATE SET country.version = 1, country.createdAt = datetime(), country.type = 'COUNTRY',
              country.code = $country, country.country = $country,
              country.nameNl = $countryRow.nameNl, country.nameFr = $countryRow.nameFr,
              country.nameEn = $countryRow.nameEn
SET country:Entity
WITH country
UNWIND $rows AS row
MERGE (p:Region {id: row.id})
ON CREATE SET p.version = 1, p.createdAt = datetime(), p.code = coalesce(row.nisCode, row.cbsCode),
              p.nameNl = row.nameNl, p.nameFr = row.nameFr, p.nameDe = row.nameDe
SET p:Entity
WITH p, row, country
// Left as an administrator set it on or after the file's date (see upsert-municipalities).
CALL (p, row, country) {
  WITH p, row, country WHERE p.editedOn IS NULL OR p.editedOn < date($referenceDate)
  SET p.type = 'PROVINCE', p.country = $country, p.nisCode = row.nisCode, p.cbsCode = row.cbsCode,
      p.referenceDate = date($referenceDate)
  MERGE (p)-[:PART_OF]->(country)
}
RETURN count(p) AS n
