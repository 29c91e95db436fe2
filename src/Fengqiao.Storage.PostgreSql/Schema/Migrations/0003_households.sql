-- Version 3: the households module — households (一户一表), residents, key-person records, standard
-- addresses, houses, premises and visits. {schema} is replaced by the configured schema name.
--
-- Like the grids tables, every table is partitioned by LIST (county_code), the first six digits of
-- the row's grid code, with county_code leading the primary key (the Citus distribution column).
-- Each aggregate is one row: query columns, the state as jsonb (HouseholdStateSerializer) and the
-- version. Citizen IDs and mobile numbers exist only as field-protector envelopes inside payload;
-- residents are found by citizen_index, a keyed hash (HMAC) of the ID, never by plaintext.

CREATE TABLE {schema}.households (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    valid_from     date             NOT NULL,
    valid_to       date,
    member_ids     uuid[]           NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT households_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.households_default PARTITION OF {schema}.households DEFAULT;
CREATE INDEX households_id_ix ON {schema}.households (id);
CREATE INDEX households_grid_ix ON {schema}.households (grid_code);
CREATE INDEX households_members_ix ON {schema}.households USING gin (member_ids);

CREATE TABLE {schema}.residents (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    citizen_index  text COLLATE "C" NOT NULL,
    residency      smallint         NOT NULL,
    status         smallint         NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    -- One ID, one resident within a county (the partition); across counties the registry checks.
    CONSTRAINT residents_citizen_uq UNIQUE (county_code, citizen_index),
    CONSTRAINT residents_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.residents_default PARTITION OF {schema}.residents DEFAULT;
CREATE INDEX residents_id_ix ON {schema}.residents (id);
CREATE INDEX residents_citizen_ix ON {schema}.residents (citizen_index);
CREATE INDEX residents_grid_ix ON {schema}.residents (grid_code, residency);

CREATE TABLE {schema}.key_persons (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    resident_id    uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, resident_id),
    CONSTRAINT key_persons_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.key_persons_default PARTITION OF {schema}.key_persons DEFAULT;
CREATE INDEX key_persons_id_ix ON {schema}.key_persons (resident_id);
CREATE INDEX key_persons_grid_ix ON {schema}.key_persons (grid_code);

CREATE TABLE {schema}.standard_addresses (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT standard_addresses_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.standard_addresses_default PARTITION OF {schema}.standard_addresses DEFAULT;
CREATE INDEX standard_addresses_id_ix ON {schema}.standard_addresses (id);
CREATE INDEX standard_addresses_grid_ix ON {schema}.standard_addresses (grid_code);

CREATE TABLE {schema}.houses (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    address_id     uuid             NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT houses_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.houses_default PARTITION OF {schema}.houses DEFAULT;
CREATE INDEX houses_id_ix ON {schema}.houses (id);
CREATE INDEX houses_grid_ix ON {schema}.houses (grid_code);

CREATE TABLE {schema}.premises (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    category       smallint         NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT premises_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.premises_default PARTITION OF {schema}.premises DEFAULT;
CREATE INDEX premises_id_ix ON {schema}.premises (id);
CREATE INDEX premises_grid_ix ON {schema}.premises (grid_code, category);

CREATE TABLE {schema}.visits (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    household_id   uuid             NOT NULL,
    grid_code      text COLLATE "C" NOT NULL,
    visited_on     date             NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT visits_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.visits_default PARTITION OF {schema}.visits DEFAULT;
CREATE INDEX visits_id_ix ON {schema}.visits (id);
CREATE INDEX visits_grid_ix ON {schema}.visits (grid_code, visited_on);
CREATE INDEX visits_household_ix ON {schema}.visits (household_id, visited_on);
