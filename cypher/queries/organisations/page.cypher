// Keyset pagination by (name, id); filters are optional ($country, $type, $status null = any).
// Returns ids only: the rows themselves come from organisations/by-ids, batched.
CALL {
  MATCH (o:Organisation)
  WHERE ($country IS NULL OR o.country = $country)
    AND ($type IS NULL OR o.type = $type)
    AND ($status IS NULL OR o.status = $status)
  RETURN count(o) AS total
}
CALL {
  MATCH (o:Organisation)
  WHERE ($country IS NULL OR o.country = $country)
    AND ($type IS NULL OR o.type = $type)
    AND ($status IS NULL OR o.status = $status)
    AND ($afterName IS NULL OR o.name > $afterName OR (o.name = $afterName AND o.id > $afterId))
  RETURN o
  ORDER BY o.name, o.id
  LIMIT $limit
}
RETURN total, collect(o.id) AS ids
