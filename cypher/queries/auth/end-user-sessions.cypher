// Ends every session and API token of an account (an administrator's action); how many ended.
MATCH (:User {id: $id})<-[:OF]-(s:Session)
DETACH DELETE s
RETURN count(*) AS ended
