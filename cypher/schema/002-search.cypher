// One full-text index for search-as-you-type over the directory, in NL, FR and EN.
// standard-folding folds accents, so "Surya" finds "Sürya".
CREATE FULLTEXT INDEX directory_search IF NOT EXISTS
FOR (n:Organisation|OrgUnit|ContactPoint|Person|Indicator|Measure)
ON EACH [n.name, n.shortName, n.nameNl, n.nameFr, n.nameEn, n.firstName, n.lastName, n.functions,
  n.email, n.descriptionNl, n.descriptionFr, n.descriptionEn, n.context]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
