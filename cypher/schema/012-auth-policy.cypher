// The one node of sign-in settings administrators keep (the roles that must use a second factor).
CREATE CONSTRAINT auth_policy_id IF NOT EXISTS FOR (n:AuthPolicy) REQUIRE n.id IS UNIQUE;
