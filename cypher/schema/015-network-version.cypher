// The network's version: one node whose token changes in every write transaction that changes
// the network (db/database.ts), so that a server's read cache can tell, with one cheap read, that
// what it holds is still current — also when another server instance made the change.
CREATE CONSTRAINT network_version_id IF NOT EXISTS FOR (n:NetworkVersion) REQUIRE n.id IS UNIQUE;
