-- Copies of access offered on cards: one row per card (its conversation and token), with the people, the choices the
-- card showed once the bulk read was over (JSON, NULL while it is under way), the mailboxes the first press chose
-- (JSON, NULL until then) and each one's outcome as it settled (JSON). The grants are claimed with a lease
-- (claimed_by, claimed_at) by one caller at a time, so a press on any instance, or after a restart, goes on with them.
-- Times are microseconds since the epoch; rows older than an hour are no longer current and are deleted. Portable SQL:
-- H2 2.x and PostgreSQL.
CREATE TABLE copy_offer (
    conversation_id VARCHAR(512)     NOT NULL,
    token           VARCHAR(64)      NOT NULL,
    source_id       VARCHAR(128)     NOT NULL,
    source_name     VARCHAR(512)     NOT NULL,
    target_id       VARCHAR(128)     NOT NULL,
    target_name     VARCHAR(512)     NOT NULL,
    offered_at      BIGINT           NOT NULL,
    choices         VARCHAR(1000000),
    chosen          VARCHAR(100000),
    outcomes        VARCHAR(1000000) NOT NULL,
    claimed_by      VARCHAR(256),
    claimed_at      BIGINT,
    finished_at     BIGINT,
    CONSTRAINT pk_copy_offer PRIMARY KEY (conversation_id, token)
);

CREATE INDEX ix_copy_offer_offered ON copy_offer (offered_at);
