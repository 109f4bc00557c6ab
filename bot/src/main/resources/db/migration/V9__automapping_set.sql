-- The automapping the bot set on each Full Access grant it made: Exchange sets it when a permission is added and
-- documents no way to read it back, so this is the only place it is known. A row goes when the bot sees the grant
-- gone. Ids are directory object ids in lower case. Portable SQL: H2 2.x and PostgreSQL.
CREATE TABLE automapping_set (
    mailbox_id   VARCHAR(64) NOT NULL,
    member_id    VARCHAR(64) NOT NULL,
    auto_mapping BOOLEAN     NOT NULL,
    CONSTRAINT pk_automapping_set PRIMARY KEY (mailbox_id, member_id)
);
