// Mail sent by the server (each message once, per id) and the single-use links of invitations and
// password resets (only a hash of the token is stored).
CREATE CONSTRAINT mail_message_id IF NOT EXISTS FOR (n:MailMessage) REQUIRE n.id IS UNIQUE;
CREATE INDEX mail_message_recipient IF NOT EXISTS FOR (n:MailMessage) ON (n.recipient);
CREATE CONSTRAINT account_token_hash IF NOT EXISTS FOR (n:AccountToken) REQUIRE n.hash IS UNIQUE;
