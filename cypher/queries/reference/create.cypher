// A new measure, indicator or network (reference data every region shares). $label is one of a
// fixed set, each its own branch, so no label is ever built from input.
CALL {
  WITH 1 AS _ WHERE $label = 'Measure'
  CREATE (n:Measure:Entity {id: $id}) RETURN n
  UNION
  WITH 1 AS _ WHERE $label = 'Indicator'
  CREATE (n:Indicator:Entity {id: $id}) RETURN n
  UNION
  WITH 1 AS _ WHERE $label = 'Network'
  CREATE (n:Network:Entity {id: $id}) RETURN n
}
SET n += $props, n.version = 1, n.createdAt = datetime()
RETURN n.id AS id
