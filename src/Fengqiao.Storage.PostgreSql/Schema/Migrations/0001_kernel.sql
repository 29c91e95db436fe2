-- Version 1: the kernel tables, the audit log and the outbox.
-- {schema} is replaced by the configured schema name. Applied once, in one transaction.

-- Audit log (审计日志): append-only, partitioned by month of the entry's instant so that old
-- months can be archived by detaching a partition, never by deleting rows. The library creates
-- each month's partition before writing into it.
CREATE TABLE {schema}.audit_log (
    id                uuid        NOT NULL,
    at                timestamptz NOT NULL,
    principal_id      text        NOT NULL,
    action            text        NOT NULL,
    subject_kind      text        NOT NULL,
    subject_id        text        NOT NULL,
    jurisdiction_code text COLLATE "C",
    purpose           text,
    PRIMARY KEY (at, id)
) PARTITION BY RANGE (at);

CREATE INDEX audit_log_subject_ix ON {schema}.audit_log (subject_kind, subject_id, at);
CREATE INDEX audit_log_principal_ix ON {schema}.audit_log (principal_id, at);

CREATE FUNCTION {schema}.audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON {schema}.audit_log
    FOR EACH ROW EXECUTE FUNCTION {schema}.audit_log_refuse_change();

-- Outbox (发件箱): domain events written in the same transaction as the change that raised
-- them, handed out in the order they were written (position). The payload is json, not jsonb,
-- so that a consumer reads back exactly the text written.
CREATE TABLE {schema}.outbox (
    position      bigint      GENERATED ALWAYS AS IDENTITY,
    id            uuid        PRIMARY KEY,
    event_type    text        NOT NULL,
    payload       json        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    dispatched_at timestamptz
);

CREATE INDEX outbox_pending_ix ON {schema}.outbox (position) WHERE dispatched_at IS NULL;
