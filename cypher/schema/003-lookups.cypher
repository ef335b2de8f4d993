// Lookups the read API filters on.
CREATE INDEX region_type IF NOT EXISTS FOR (n:Region) ON (n.type, n.country);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_status IF NOT EXISTS FOR (n:Organisation) ON (n.status);
CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
