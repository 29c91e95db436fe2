-- The services module (便民服务): service catalog, service requests, grid work orders, found items.
-- Each aggregate is one row: the columns that queries, scope checks and reports use, the state record as
-- JSON without personal data (Fengqiao.Services.Storage.ServiceStateSerializer) and the version.
-- The personal part (names, mobile and ID numbers, descriptions, addresses) is one envelope encrypted
-- with the host's field protector ('personal'); mobile and ID numbers are found through keyed-hash
-- index columns (*_ix), so the file holds no plaintext phone or ID number.

CREATE TABLE IF NOT EXISTS service_catalog (
    code        TEXT    NOT NULL PRIMARY KEY,
    publisher   TEXT    NOT NULL,
    grp         INTEGER NOT NULL,
    state       TEXT    NOT NULL,
    version     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS service_request (
    id            BLOB    NOT NULL PRIMARY KEY,
    station       TEXT    NOT NULL,
    county        TEXT    NULL,
    service_code  TEXT    NOT NULL,
    status        INTEGER NOT NULL,
    submitted_on  TEXT    NOT NULL,
    due_on        TEXT    NULL,
    closed_on     TEXT    NULL,
    on_time       INTEGER NULL,
    hotline_ref   TEXT    NULL,
    phone_ix      TEXT    NULL,
    citizen_ix    TEXT    NULL,
    personal      TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    version       INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_service_request_county ON service_request (county, submitted_on);
CREATE INDEX IF NOT EXISTS ix_service_request_station ON service_request (station, submitted_on);
CREATE INDEX IF NOT EXISTS ix_service_request_phone ON service_request (phone_ix) WHERE phone_ix IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_service_request_citizen ON service_request (citizen_ix) WHERE citizen_ix IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_service_request_hotline ON service_request (hotline_ref) WHERE hotline_ref IS NOT NULL;

CREATE TABLE IF NOT EXISTS work_order (
    id          BLOB    NOT NULL PRIMARY KEY,
    grid        TEXT    NOT NULL,
    county      TEXT    NULL,
    status      INTEGER NOT NULL,
    worker_id   BLOB    NULL,
    ordered_at  INTEGER NOT NULL,
    phone_ix    TEXT    NULL,
    citizen_ix  TEXT    NULL,
    personal    TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    version     INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_work_order_grid ON work_order (grid);
CREATE INDEX IF NOT EXISTS ix_work_order_county ON work_order (county, ordered_at);
CREATE INDEX IF NOT EXISTS ix_work_order_worker ON work_order (worker_id) WHERE worker_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS found_item (
    id          BLOB    NOT NULL PRIMARY KEY,
    station     TEXT    NOT NULL,
    county      TEXT    NULL,
    status      INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    found_at    INTEGER NOT NULL,
    phone_ix    TEXT    NULL,
    citizen_ix  TEXT    NULL,
    personal    TEXT    NULL,
    state       TEXT    NOT NULL,
    version     INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_found_item_station ON found_item (station);
