// The network's current version: null until the first change made through the app.
OPTIONAL MATCH (v:NetworkVersion {id: 'network'})
RETURN v.token AS token
