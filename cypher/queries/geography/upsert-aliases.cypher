// Search aliases of reference municipalities: bpost's postal codes with their localities
// (deelgemeenten), as parallel lists (a property cannot hold maps), and `aliasText` for the
// place_search index. `aliasKeys` and `nameKeys` are the folded words the place search uses to
// say which alias matched (see search/places.cypher). Replaced on every load: they are the
// source's, never edited by hand.
UNWIND $rows AS row
MATCH (m:Region {id: row.id})
SET m.aliasPostalCodes = [a IN row.aliases | a.postalCode],
    m.aliasLocalities = [a IN row.aliases | coalesce(a.locality, '')],
    m.aliasKeys = [a IN row.aliases | a.key],
    m.aliasText = reduce(text = '', a IN row.aliases | text + ' ' + a.key),
    m.nameKeys = row.nameKeys
RETURN count(m) AS n
