// Uses up a code's time step: no row when that step (or a later one) was already used, so a code
// never works twice. The first SET takes the user's write lock before the step is read, so two
// requests with the same code queue here and the second one sees the first one's step.
MATCH (u:User {id: $id})
SET u.totpLastStep = u.totpLastStep
WITH u
WHERE u.totpSecret = $secret AND coalesce(u.totpLastStep, -1) < $step
SET u.totpLastStep = $step
RETURN u.id AS id
