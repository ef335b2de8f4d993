// The single-use links that let a contact confirm or correct their own entry without an account
// (one per contact and verification cycle; only a hash of the token is stored).
CREATE CONSTRAINT contact_link_id IF NOT EXISTS FOR (n:ContactLink) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_link_hash IF NOT EXISTS FOR (n:ContactLink) REQUIRE n.hash IS UNIQUE;
