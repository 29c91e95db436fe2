-- The households module: households (一户一表), residents, key-person records, standard addresses,
-- houses, premises and visits. Each aggregate is one row: the columns that queries and scope checks
-- use, the state as JSON (Fengqiao.Households.Storage.HouseholdStateSerializer) and the version.
-- Citizen IDs and mobile numbers appear only as field-protector envelopes inside the JSON; residents
-- are found by ID through citizen_index, a keyed hash (HMAC) of the ID, never by plaintext.

CREATE TABLE IF NOT EXISTS household (
    id          BLOB    NOT NULL PRIMARY KEY,
    grid        TEXT    NOT NULL,
    county      TEXT    NOT NULL,
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    state       TEXT    NOT NULL,
    version     INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_household_grid ON household (grid);

-- Every resident who has ever been a member, for "which households was this person in".
CREATE TABLE IF NOT EXISTS household_member (
    household_id  BLOB NOT NULL REFERENCES household (id),
    resident_id   BLOB NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_household_member_household ON household_member (household_id);
CREATE INDEX IF NOT EXISTS ix_household_member_resident ON household_member (resident_id);

CREATE TABLE IF NOT EXISTS resident (
    id             BLOB    NOT NULL PRIMARY KEY,
    grid           TEXT    NOT NULL,
    county         TEXT    NOT NULL,
    citizen_index  TEXT    NOT NULL,
    residency      INTEGER NOT NULL,
    status         INTEGER NOT NULL,
    state          TEXT    NOT NULL,
    version        INTEGER NOT NULL
);

-- One citizen ID, one resident: a second insert of the same ID is refused.
CREATE UNIQUE INDEX IF NOT EXISTS ux_resident_citizen_index ON resident (citizen_index);
CREATE INDEX IF NOT EXISTS ix_resident_grid ON resident (grid, residency);

CREATE TABLE IF NOT EXISTS key_person (
    resident_id  BLOB    NOT NULL PRIMARY KEY,
    grid         TEXT    NOT NULL,
    county       TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    version      INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_key_person_grid ON key_person (grid);

CREATE TABLE IF NOT EXISTS standard_address (
    id       BLOB    NOT NULL PRIMARY KEY,
    grid     TEXT    NOT NULL,
    county   TEXT    NOT NULL,
    state    TEXT    NOT NULL,
    version  INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_standard_address_grid ON standard_address (grid);

CREATE TABLE IF NOT EXISTS house (
    id          BLOB    NOT NULL PRIMARY KEY,
    grid        TEXT    NOT NULL,
    county      TEXT    NOT NULL,
    address_id  BLOB    NOT NULL,
    state       TEXT    NOT NULL,
    version     INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_house_grid ON house (grid);

CREATE TABLE IF NOT EXISTS premises (
    id        BLOB    NOT NULL PRIMARY KEY,
    grid      TEXT    NOT NULL,
    county    TEXT    NOT NULL,
    category  INTEGER NOT NULL,
    state     TEXT    NOT NULL,
    version   INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_premises_grid ON premises (grid, category);

CREATE TABLE IF NOT EXISTS visit (
    id            BLOB    NOT NULL PRIMARY KEY,
    household_id  BLOB    NOT NULL,
    grid          TEXT    NOT NULL,
    county        TEXT    NOT NULL,
    visited_on    TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_visit_grid ON visit (grid, visited_on);
CREATE INDEX IF NOT EXISTS ix_visit_household ON visit (household_id, visited_on);
