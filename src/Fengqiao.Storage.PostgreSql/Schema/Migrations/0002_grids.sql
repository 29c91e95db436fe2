-- Version 2: the grids module — jurisdiction tree, grids, police beats, staff and training.
-- {schema} is replaced by the configured schema name. Applied once, in one transaction.
--
-- Every table is partitioned by LIST (county_code), the first six digits of the row's
-- jurisdiction code, and its primary key starts with county_code: county_code is also the
-- distribution column under Citus, and all these tables are co-located by it. Rows above county
-- level (provinces, prefectures) live in each table's DEFAULT partition; a county's partition is
-- created by the library before the county's first row is written.
--
-- Each aggregate is one row: the columns that queries and scope checks use, the state record as
-- jsonb (Fengqiao.Grids.Storage.GridStateSerializer) and the version (the concurrency token).
-- Grid boundaries are not in the JSON but in 'boundaries', WKB: a GeometryCollection holding
-- each period's boundary in period order (the same layout as the SQLite backend), with the
-- current boundary's envelope in min_x … max_y for map windows.

CREATE TABLE {schema}.jurisdictions (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    code           text COLLATE "C" NOT NULL,
    level          smallint         NOT NULL,
    parent_code    text COLLATE "C",
    valid_from     date             NOT NULL,
    valid_to       date,
    name           text             NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, code),
    CONSTRAINT jurisdictions_county_ck CHECK (county_code = left(code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.jurisdictions_default PARTITION OF {schema}.jurisdictions DEFAULT;
CREATE INDEX jurisdictions_parent_ix ON {schema}.jurisdictions (parent_code);

CREATE TABLE {schema}.grids (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    code           text COLLATE "C" NOT NULL,
    village_code   text COLLATE "C" NOT NULL,
    valid_from     date             NOT NULL,
    valid_to       date,
    name           text             NOT NULL,
    min_x          double precision NOT NULL,
    min_y          double precision NOT NULL,
    max_x          double precision NOT NULL,
    max_y          double precision NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    boundaries     bytea            NOT NULL,
    PRIMARY KEY (county_code, code),
    CONSTRAINT grids_county_ck CHECK (county_code = left(code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.grids_default PARTITION OF {schema}.grids DEFAULT;

CREATE TABLE {schema}.police_beats (
    county_code       text COLLATE "C"   NOT NULL,
    version           bigint             NOT NULL,
    id                uuid               NOT NULL,
    code              text COLLATE "C"   NOT NULL,
    jurisdiction_code text COLLATE "C"   NOT NULL,
    valid_from        date               NOT NULL,
    valid_to          date,
    area_codes        text[] COLLATE "C" NOT NULL,
    officer_ids       uuid[]             NOT NULL,
    schema_version    integer            NOT NULL,
    payload           jsonb              NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT police_beats_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.police_beats_default PARTITION OF {schema}.police_beats DEFAULT;
CREATE INDEX police_beats_id_ix ON {schema}.police_beats (id);
CREATE INDEX police_beats_jurisdiction_ix ON {schema}.police_beats (jurisdiction_code, code);
CREATE INDEX police_beats_areas_ix ON {schema}.police_beats USING gin (area_codes);
CREATE INDEX police_beats_officers_ix ON {schema}.police_beats USING gin (officer_ids);

CREATE TABLE {schema}.staff_members (
    county_code       text COLLATE "C"   NOT NULL,
    version           bigint             NOT NULL,
    id                uuid               NOT NULL,
    jurisdiction_code text COLLATE "C"   NOT NULL,
    area_codes        text[] COLLATE "C" NOT NULL,
    schema_version    integer            NOT NULL,
    payload           jsonb              NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT staff_members_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.staff_members_default PARTITION OF {schema}.staff_members DEFAULT;
CREATE INDEX staff_members_id_ix ON {schema}.staff_members (id);
CREATE INDEX staff_members_jurisdiction_ix ON {schema}.staff_members (jurisdiction_code);
CREATE INDEX staff_members_areas_ix ON {schema}.staff_members USING gin (area_codes);

CREATE TABLE {schema}.training_sessions (
    county_code       text COLLATE "C" NOT NULL,
    version           bigint           NOT NULL,
    id                uuid             NOT NULL,
    jurisdiction_code text COLLATE "C" NOT NULL,
    held_on           date             NOT NULL,
    attendee_ids      uuid[]           NOT NULL,
    schema_version    integer          NOT NULL,
    payload           jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT training_sessions_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.training_sessions_default PARTITION OF {schema}.training_sessions DEFAULT;
CREATE INDEX training_sessions_id_ix ON {schema}.training_sessions (id);
CREATE INDEX training_sessions_jurisdiction_ix ON {schema}.training_sessions (jurisdiction_code, held_on);
CREATE INDEX training_sessions_attendees_ix ON {schema}.training_sessions USING gin (attendee_ids);
