-- What the embedded demo tenant has become (created mailboxes, grants, ...), so a restart keeps it.
CREATE TABLE demo_tenant_snapshot (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    snapshot   TEXT         NOT NULL,
    updated_at TIMESTAMP    NOT NULL
);
