// Import jobs are looked up by id on every progress poll; the id is theirs alone.
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:ImportJob) REQUIRE n.id IS UNIQUE;
