// Every directory entity also carries :Entity, so graph queries can find any of them by id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
