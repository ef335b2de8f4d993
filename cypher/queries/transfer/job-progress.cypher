// Adds a committed batch to the job's counts, in the batch's own transaction.
MATCH (j:ImportJob {id: $id})
SET j.processed = j.processed + $processed, j.created = j.created + $created,
    j.updated = j.updated + $updated, j.unchanged = j.unchanged + $unchanged,
    j.rejected = j.rejected + $rejected, j.rejectedRows = $rejectedRows, j.updatedAt = datetime()
RETURN j.processed AS processed
