CREATE CONSTRAINT contact_report_id IF NOT EXISTS FOR (n:ContactReport) REQUIRE n.id IS UNIQUE;
