// Municipalities for the place picker, with the directory search's rules (see search/lucene.ts).
// A former municipality (merged, `validTo` set) is found by its old name and answered with the
// municipality in force that took its place, saying which old name matched.
CALL db.index.fulltext.queryNodes('place_search', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score WHERE node.type = 'MUNICIPALITY'
OPTIONAL MATCH (node)-[:REPLACED_BY*1..3]->(successor:Region) WHERE successor.validTo IS NULL
WITH CASE WHEN node.validTo IS NULL THEN node ELSE successor END AS place, node, score
WHERE place IS NOT NULL
WITH place, max(score) AS score, collect(node) AS found
ORDER BY score DESC, place.nameNl
LIMIT $limit
// Which postal code or locality (deelgemeente) matched, when its own names do not hold every
// word typed ($terms: the folded words, each a prefix of an alias word; see upsert-aliases.cypher).
WITH place, score, found,
     all(t IN $terms WHERE any(w IN coalesce(place.nameKeys, []) WHERE w STARTS WITH t)) AS byName,
     [i IN range(0, size(coalesce(place.aliasKeys, [])) - 1)
      WHERE all(t IN $terms WHERE any(w IN split(place.aliasKeys[i], ' ') WHERE w STARTS WITH t))] AS hits
// Found by its own name too: no need to say "formerly". A place with aliases is in `found` also
// when only an alias matched (bpost lists 2150 Borsbeek under Antwerpen): `byName` tells.
WITH place, score, hits,
     CASE WHEN NOT place IN found OR (place.nameKeys IS NOT NULL AND NOT byName)
          THEN [n IN found WHERE n <> place | n.nameNl][0] END AS formerName,
     byName
RETURN place {.*, parentIds: [(place)-[:PART_OF]->(p:Region) | p.id]} AS region, score,
       formerName,
       // The alias only where neither its own name nor a former name explains the match.
       CASE WHEN NOT byName AND formerName IS NULL AND size(hits) > 0 THEN {
         postalCode: place.aliasPostalCodes[hits[0]],
         locality: CASE WHEN place.aliasLocalities[hits[0]] = '' THEN null ELSE place.aliasLocalities[hits[0]] END
       } END AS alias
