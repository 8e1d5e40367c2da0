-- At most one open request per chat, across every instance sharing this database: a double tap on the consent
-- button that two instances take at the same moment stores one request. open_chat_key is a keyed hash (HMAC-SHA256
-- under a key derived from the field key) of the app and the chat address, so the column alone reveals no chat. It is
-- set only while a Telegram or WhatsApp request is open and cleared when the request closes; NULLs never collide in a
-- unique constraint (H2 and PostgreSQL alike), so phone, SMS and e-mail requests and closed ones need no value.
ALTER TABLE callback_request ADD COLUMN open_chat_key VARCHAR(64);
ALTER TABLE callback_request ADD CONSTRAINT callback_request_one_open_per_chat UNIQUE (open_chat_key);
