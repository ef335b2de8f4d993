// The entities that carry derived search text (see refresh-context-of.cypher), in id order.
MATCH (n:Entity)
WHERE n:Organisation OR n:OrgUnit OR n:ContactPoint OR n:Person OR n:Indicator OR n:Measure
RETURN n.id AS id
ORDER BY id
