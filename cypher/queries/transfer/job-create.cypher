// An import being committed, so that a client can follow its progress (from any server instance).
CREATE (j:ImportJob {id: $id, userId: $userId, userEmail: $userEmail, checksum: $checksum,
                     status: 'RUNNING', total: $total, processed: 0, created: 0, updated: 0,
                     unchanged: 0, rejected: 0, rejectedRows: '[]', startedAt: datetime(),
                     updatedAt: datetime()})
RETURN j {.*} AS job
