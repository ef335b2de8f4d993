// A user's progress per barrier: scenarios started and done (every question answered at least
// once; an authored scenario's questions by number), answers and right answers, and the last attempt.
MATCH (a:TrainingAttempt)-[:BY]->(:User {id: $userId})
WITH a.barrierCode AS barrierCode, a.scenarioId AS scenarioId,
     count(DISTINCT a.question + coalesce('#' + toString(a.questionNumber), '')) AS asked, max(a.questionCount) AS questionCount,
     count(*) AS answered, sum(CASE WHEN a.correct THEN 1 ELSE 0 END) AS correct, max(a.at) AS lastAt
WITH barrierCode, count(*) AS started,
     collect(CASE WHEN asked >= questionCount THEN scenarioId END) AS doneScenarioIds,
     sum(answered) AS answered, sum(correct) AS correct, max(lastAt) AS lastAt
RETURN barrierCode, started, doneScenarioIds, answered, correct, toString(lastAt) AS lastAttemptAt
ORDER BY barrierCode
