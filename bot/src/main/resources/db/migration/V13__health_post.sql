-- The health report posted to the helpdesk channel once per period: one row per period (its key, as
-- "every P7D from 2026-11-26"), so that of several instances one claims it. The claim is a lease (claimed_by,
-- claimed_at) another instance takes over when it runs out; posted_at is set once the post was delivered. Times are
-- microseconds since the epoch. Portable SQL: H2 2.x and PostgreSQL.
CREATE TABLE health_post (
    period_key VARCHAR(128) NOT NULL PRIMARY KEY,
    claimed_by VARCHAR(256) NOT NULL,
    claimed_at BIGINT       NOT NULL,
    posted_at  BIGINT
);
