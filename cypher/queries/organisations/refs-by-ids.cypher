// An organisation's own fields, for a reference to it (a contact's organisation, a counterpart, a
// party to an agreement); by-ids.cypher adds its relationships when a field needs them.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o {.*} AS organisation
