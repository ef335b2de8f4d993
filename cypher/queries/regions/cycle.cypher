// The proposed parents of region $id that would close a loop in the PART_OF hierarchy: the region
// itself, or a region that is already (directly or further down) part of it.
UNWIND $parentIds AS parentId
MATCH (p:Region {id: parentId})
WHERE p.id = $id OR EXISTS { (p)-[:PART_OF*1..10]->(:Region {id: $id}) }
RETURN p.id AS id
