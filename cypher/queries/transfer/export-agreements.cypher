// Every information-sharing agreement with its parties and legal bases.
MATCH (a:SharingAgreement)-[:FROM]->(f:Organisation), (a)-[:TO]->(t:Organisation)
RETURN a {.id, .dataCategories, .crossBorder, .mutual, .conditionsNl, .conditionsFr,
  .conditionsEn, .status, .validFrom, .validUntil,
  fromId: f.id, fromName: f.name, toId: t.id, toName: t.name,
  legalBases: [(a)-[:BASED_ON]->(l:LegalBasis) | l.code]
} AS agreement
ORDER BY f.name, t.name, a.id
