// The opt-out links of the coordinators' weekly digest (one per digest mail, made once by the
// mail's id; only a hash of the token is stored).
CREATE CONSTRAINT digest_link_id IF NOT EXISTS FOR (n:DigestLink) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT digest_link_hash IF NOT EXISTS FOR (n:DigestLink) REQUIRE n.hash IS UNIQUE;
