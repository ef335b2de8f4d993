// Staff's own words: the directory search also reads `vocabulary`, the derived text of synonyms
// (an indicator's own, and those of the sectors and forms of exploitation it is linked to; see
// search/refresh-context-of.cypher). A full-text index cannot be altered, so it is dropped and
// made again with the same name: run twice, the outcome is the same index.
DROP INDEX directory_search IF EXISTS;
CREATE FULLTEXT INDEX directory_search IF NOT EXISTS
FOR (n:Organisation|OrgUnit|ContactPoint|Person|Indicator|Measure)
ON EACH [n.name, n.shortName, n.nameNl, n.nameFr, n.nameEn, n.firstName, n.lastName, n.functions,
  n.email, n.descriptionNl, n.descriptionFr, n.descriptionEn, n.context, n.vocabulary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// The municipality picker searches places with the same engine: names in every language the
// reference geography has, accents folded, and `vocabulary` (a place's everyday names).
CREATE FULLTEXT INDEX place_search IF NOT EXISTS
FOR (n:Region)
ON EACH [n.nameNl, n.nameFr, n.nameEn, n.nameDe, n.vocabulary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
