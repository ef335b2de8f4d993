// For a coordinator's scope: per barrier and question, how often staff answered and how often
// wrongly (generated and authored questions). Counts only, never who: an attempt counts when the place of its scenario lies in the
// scope's regions, or its user belongs to an organisation of the scope (or covering its regions).
MATCH (a:TrainingAttempt)-[:BY]->(u:User)
WHERE $everywhere
   OR EXISTS { MATCH (:Region {id: a.regionId})-[:PART_OF*0..5]->(s:Region) WHERE s.id IN $regionIds }
   OR EXISTS {
     MATCH (u)-[:BELONGS_TO]->(o:Organisation)
     WHERE o.id IN $organisationIds
        OR EXISTS { (o)-[:COVERS]->(:Region)-[:PART_OF*0..5]->(s:Region) WHERE s.id IN $regionIds }
   }
// An authored scenario's questions count one by one (question AUTHORED, with its number).
WITH a.barrierCode AS barrierCode, a.question AS question,
     CASE WHEN a.question = 'AUTHORED' THEN a.scenarioId END AS scenarioId,
     a.questionNumber AS questionNumber, count(*) AS answered,
     sum(CASE WHEN a.correct THEN 0 ELSE 1 END) AS wrong
RETURN barrierCode, question, scenarioId, questionNumber, answered, wrong
ORDER BY wrong DESC, answered DESC, barrierCode, question, scenarioId, questionNumber
