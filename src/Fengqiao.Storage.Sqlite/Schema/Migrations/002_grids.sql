-- The grids module: jurisdiction tree, grids, police beats, staff and training.
-- Each aggregate is one row: the columns that queries and scope checks use, the state record as
-- JSON (Fengqiao.Grids.Storage.GridStateSerializer options) and the version (the concurrency token).
-- Side tables repeat what queries look inside an aggregate for (areas, assignments, attendees);
-- they are rewritten with the row in the same transaction.

CREATE TABLE IF NOT EXISTS jurisdiction (
    code        TEXT    NOT NULL PRIMARY KEY,
    level       INTEGER NOT NULL,
    parent      TEXT    NULL,
    county      TEXT    NULL,
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    name        TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    version     INTEGER NOT NULL
) WITHOUT ROWID;

-- Grid boundaries are WKB: 'boundaries' is a GeometryCollection holding each period's boundary in
-- period order; the envelope columns are those of the current boundary (for map windows).
CREATE TABLE IF NOT EXISTS grid (
    code        TEXT    NOT NULL PRIMARY KEY,
    village     TEXT    NOT NULL,
    county      TEXT    NOT NULL,
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    name        TEXT    NOT NULL,
    min_x       REAL    NOT NULL,
    min_y       REAL    NOT NULL,
    max_x       REAL    NOT NULL,
    max_y       REAL    NOT NULL,
    state       TEXT    NOT NULL,
    boundaries  BLOB    NOT NULL,
    version     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS police_beat (
    id            BLOB    NOT NULL PRIMARY KEY,
    code          TEXT    NOT NULL,
    jurisdiction  TEXT    NOT NULL,
    county        TEXT    NULL,
    valid_from    TEXT    NOT NULL,
    valid_to      TEXT    NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_police_beat_jurisdiction ON police_beat (jurisdiction, code);

CREATE TABLE IF NOT EXISTS police_beat_area (
    beat_id     BLOB NOT NULL REFERENCES police_beat (id),
    area        TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_police_beat_area_beat ON police_beat_area (beat_id);
CREATE INDEX IF NOT EXISTS ix_police_beat_area_area ON police_beat_area (area);

CREATE TABLE IF NOT EXISTS police_beat_officer (
    beat_id     BLOB NOT NULL REFERENCES police_beat (id),
    officer_id  BLOB NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NULL
);

CREATE INDEX IF NOT EXISTS ix_police_beat_officer_beat ON police_beat_officer (beat_id);
CREATE INDEX IF NOT EXISTS ix_police_beat_officer_officer ON police_beat_officer (officer_id);

CREATE TABLE IF NOT EXISTS staff_member (
    id            BLOB    NOT NULL PRIMARY KEY,
    jurisdiction  TEXT    NOT NULL,
    county        TEXT    NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_staff_member_jurisdiction ON staff_member (jurisdiction);

CREATE TABLE IF NOT EXISTS staff_assignment (
    member_id   BLOB    NOT NULL REFERENCES staff_member (id),
    role        INTEGER NOT NULL,
    duties      INTEGER NOT NULL,
    area        TEXT    NOT NULL,
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL
);

CREATE INDEX IF NOT EXISTS ix_staff_assignment_member ON staff_assignment (member_id);
CREATE INDEX IF NOT EXISTS ix_staff_assignment_area ON staff_assignment (area);

CREATE TABLE IF NOT EXISTS training_session (
    id            BLOB    NOT NULL PRIMARY KEY,
    jurisdiction  TEXT    NOT NULL,
    county        TEXT    NULL,
    held_on       TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_training_session_jurisdiction ON training_session (jurisdiction, held_on);

CREATE TABLE IF NOT EXISTS training_attendee (
    session_id  BLOB NOT NULL REFERENCES training_session (id),
    member_id   BLOB NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_training_attendee_session ON training_attendee (session_id);
CREATE INDEX IF NOT EXISTS ix_training_attendee_member ON training_attendee (member_id);
