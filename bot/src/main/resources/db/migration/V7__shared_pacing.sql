-- What every instance on this database shares so that, together, they keep Microsoft's limits: the
-- tenant's budget of calls to Graph and Exchange (one theoretical arrival time per service, moved on
-- with a compare-and-set), and the messages sent into each Teams conversation within the last hour
-- (each counted from its reservation until its answer came back, then from then).
-- Times are microseconds since the epoch. Portable SQL: H2 2.x and PostgreSQL.
CREATE TABLE call_slot (
    service      VARCHAR(64) NOT NULL,
    next_arrival BIGINT      NOT NULL,
    CONSTRAINT pk_call_slot PRIMARY KEY (service)
);

CREATE TABLE conversation_pace (
    conversation_id VARCHAR(512) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_conversation_pace PRIMARY KEY (conversation_id)
);

CREATE TABLE conversation_send (
    send_id         VARCHAR(36)  NOT NULL,
    conversation_id VARCHAR(512) NOT NULL,
    sent_at         BIGINT       NOT NULL,
    CONSTRAINT pk_conversation_send PRIMARY KEY (send_id)
);
CREATE INDEX ix_conversation_send ON conversation_send (conversation_id, sent_at);
