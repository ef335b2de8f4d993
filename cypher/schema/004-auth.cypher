CREATE CONSTRAINT sign_in_throttle_key IF NOT EXISTS FOR (n:SignInThrottle) REQUIRE n.key IS UNIQUE;
