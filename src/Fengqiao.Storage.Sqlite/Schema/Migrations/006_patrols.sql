-- The patrols module: patrols, inspections, incidents (警情) and prevention activity.
-- Each aggregate is one row: the columns queries and scope checks use, the state record as JSON
-- (Fengqiao.Patrols.Storage.PatrolStateSerializer) and the version (the concurrency token).
-- An incident's caller phone is never in the JSON: caller_phone holds the field protector's
-- envelope and caller_phone_index its keyed hash, so lookups by number need the index key.

CREATE TABLE IF NOT EXISTS patrol (
    id            BLOB    NOT NULL PRIMARY KEY,
    jurisdiction  TEXT    NOT NULL,
    county        TEXT    NULL,
    started_on    TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_patrol_jurisdiction ON patrol (jurisdiction, started_on);
CREATE INDEX IF NOT EXISTS ix_patrol_started_on ON patrol (started_on);

CREATE TABLE IF NOT EXISTS inspection (
    id            BLOB    NOT NULL PRIMARY KEY,
    jurisdiction  TEXT    NOT NULL,
    county        TEXT    NULL,
    inspected_on  TEXT    NOT NULL,
    premises_id   BLOB    NOT NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_inspection_jurisdiction ON inspection (jurisdiction, inspected_on);
CREATE INDEX IF NOT EXISTS ix_inspection_premises ON inspection (premises_id);

CREATE TABLE IF NOT EXISTS incident (
    id                  BLOB    NOT NULL PRIMARY KEY,
    jurisdiction        TEXT    NOT NULL,
    county              TEXT    NULL,
    received_on         TEXT    NOT NULL,
    caller_phone        TEXT    NULL,
    caller_phone_index  TEXT    NULL,
    state               TEXT    NOT NULL,
    version             INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_incident_jurisdiction ON incident (jurisdiction, received_on);
CREATE INDEX IF NOT EXISTS ix_incident_received_on ON incident (received_on);
CREATE INDEX IF NOT EXISTS ix_incident_caller_phone ON incident (caller_phone_index);

CREATE TABLE IF NOT EXISTS prevention_activity (
    id            BLOB    NOT NULL PRIMARY KEY,
    jurisdiction  TEXT    NOT NULL,
    county        TEXT    NULL,
    held_on       TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_prevention_activity_jurisdiction ON prevention_activity (jurisdiction, held_on);
