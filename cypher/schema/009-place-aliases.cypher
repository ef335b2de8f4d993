// The place search also finds a municipality by its postal codes and localities (deelgemeenten):
// `aliasText`, set by the reference geography load. A full-text index cannot be altered, so it is
// dropped and made again with the same name and one more property.
DROP INDEX place_search IF EXISTS;
CREATE FULLTEXT INDEX place_search IF NOT EXISTS
FOR (n:Region)
ON EACH [n.nameNl, n.nameFr, n.nameEn, n.nameDe, n.vocabulary, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
