// Stamps regions an editor changed today: the reference load (geography/*.cypher) does not undo an
// edit made after its file's reference date.
UNWIND $ids AS id
MATCH (r:Region {id: id})
SET r.editedOn = date()
