// What the start-up load of the reference geography last loaded, per country: the fingerprint of
// its file and of the statements that load it, so that a warm start skips an unchanged load.
CREATE CONSTRAINT reference_load_country IF NOT EXISTS FOR (n:ReferenceLoad) REQUIRE n.country IS UNIQUE;
