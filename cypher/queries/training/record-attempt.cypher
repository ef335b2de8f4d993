// One answer of a signed-in user to one training question: what was asked, where, and whether it
// was right. Attempts are the user's own practice, not a change to the network: they carry no
// version and no audit event (the manual reads the last audit event as the network's last change).
MATCH (u:User {id: $userId})
CREATE (a:TrainingAttempt {
  id: $id, scenarioId: $scenarioId, barrierCode: $barrierCode, regionId: $regionId,
  question: $question, questionNumber: $questionNumber, questionCount: $questionCount, correct: $correct, at: datetime()
})-[:BY]->(u)
RETURN a.id AS id
