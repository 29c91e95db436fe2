-- The disputes module: one row per dispute with the columns that queries and scope checks use, the
-- state record as JSON (Fengqiao.Disputes.Storage.DisputeStateSerializer: phone numbers of outside
-- persons are encrypted with the host's field protector) and the version (the concurrency token).
-- dispute_party repeats the parties for lookups: residents by id, outside persons' phones only by
-- their keyed-hash index (never the number itself); it is rewritten with the row in one transaction.

CREATE TABLE IF NOT EXISTS dispute (
    id           BLOB    NOT NULL PRIMARY KEY,
    area         TEXT    NOT NULL,
    county       TEXT    NOT NULL,
    reported_on  TEXT    NOT NULL,
    category     TEXT    NOT NULL,
    status       INTEGER NOT NULL,
    is_open      INTEGER NOT NULL,
    level        INTEGER NOT NULL,
    deadline     TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    version      INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_dispute_area_reported ON dispute (area, reported_on);
CREATE INDEX IF NOT EXISTS ix_dispute_reported ON dispute (reported_on, id);
-- The overdue query (超期): open disputes of an area by deadline.
CREATE INDEX IF NOT EXISTS ix_dispute_open_deadline ON dispute (area, deadline) WHERE is_open = 1;

CREATE TABLE IF NOT EXISTS dispute_party (
    dispute_id   BLOB    NOT NULL REFERENCES dispute (id),
    number       INTEGER NOT NULL,
    resident_id  BLOB    NULL,
    phone_index  TEXT    NULL
);

CREATE INDEX IF NOT EXISTS ix_dispute_party_dispute ON dispute_party (dispute_id);
CREATE INDEX IF NOT EXISTS ix_dispute_party_resident ON dispute_party (resident_id) WHERE resident_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_dispute_party_phone ON dispute_party (phone_index) WHERE phone_index IS NOT NULL;
