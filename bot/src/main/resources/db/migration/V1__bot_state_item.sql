-- Bot Framework state (conversation state, user state, dialog stacks) kept by JdbcStorage.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE TABLE bot_state_item (
    item_key   VARCHAR(1024) NOT NULL,
    item_type  VARCHAR(512)  NOT NULL,
    etag       VARCHAR(64)   NOT NULL,
    content    TEXT          NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_bot_state_item PRIMARY KEY (item_key)
);

-- Lets a clean-up job find conversations that have been idle for a long time.
CREATE INDEX ix_bot_state_item_updated_at ON bot_state_item (updated_at);
