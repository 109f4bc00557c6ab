-- Files a person downloads from the bot (the audit export), behind an unguessable link that works
-- until expires_at, on whichever instance the link reaches. Portable SQL: H2 2.x and PostgreSQL.
CREATE TABLE download (
    token        VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(256) NOT NULL,
    content_type VARCHAR(128) NOT NULL,
    content      TEXT         NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_download PRIMARY KEY (token)
);
CREATE INDEX ix_download_expires_at ON download (expires_at);
