-- Kernel tables: the audit log and the domain-event outbox.
-- Conventions of every Fengqiao SQLite table:
--   ids        BLOB, the 16 bytes of a time-ordered UUID in big-endian order (sorts by creation time)
--   instants   INTEGER, 100-nanosecond ticks since 1970-01-01T00:00:00Z (NodaTime Instant.ToUnixTimeTicks)
--   dates      TEXT 'yyyy-MM-dd' (ISO), so that ranges compare as text
--   codes      TEXT, the canonical jurisdiction code (6, 9, 12 or 15 digits), plus a 6-digit county column
-- Migrations only ever add: never drop, rename or rewrite what an earlier version wrote.

CREATE TABLE IF NOT EXISTS audit_log (
    id            BLOB    NOT NULL PRIMARY KEY,
    at            INTEGER NOT NULL,
    principal_id  TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    subject_kind  TEXT    NOT NULL,
    subject_id    TEXT    NOT NULL,
    jurisdiction  TEXT    NULL,
    county        TEXT    NULL,
    purpose       TEXT    NULL
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at, id);
CREATE INDEX IF NOT EXISTS ix_audit_log_subject ON audit_log (subject_kind, subject_id, at);
CREATE INDEX IF NOT EXISTS ix_audit_log_principal ON audit_log (principal_id, at);

CREATE TABLE IF NOT EXISTS outbox (
    seq            INTEGER PRIMARY KEY,
    id             BLOB    NOT NULL UNIQUE,
    event_type     TEXT    NOT NULL,
    payload        TEXT    NOT NULL,
    occurred_at    INTEGER NOT NULL,
    dispatched_at  INTEGER NULL
);

-- Pending messages are read oldest first; the partial index keeps that read small however long the history grows.
CREATE INDEX IF NOT EXISTS ix_outbox_pending ON outbox (seq) WHERE dispatched_at IS NULL;
