// Marks an import as done (DONE) or stopped by an error (FAILED); rows committed before stay.
MATCH (j:ImportJob {id: $id})
SET j.status = $status, j.error = $error, j.finishedAt = datetime(), j.updatedAt = datetime()
RETURN j {.*} AS job
