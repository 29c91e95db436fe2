-- Version 6: the patrols module — patrols, inspections, incidents (警情) and prevention activity.
-- {schema} is replaced by the configured schema name. Applied once, in one transaction.
--
-- Like the grids tables, every table is partitioned by LIST (county_code), the first six digits
-- of the row's jurisdiction code, with a DEFAULT partition for rows above county level; its
-- primary key starts with county_code (the distribution column under Citus, co-located with the
-- grids tables). Each aggregate is one row: the columns queries and scope checks use, the state
-- as jsonb (Fengqiao.Patrols.Storage.PatrolStateSerializer) and the version. An incident's caller
-- phone is never in the payload: caller_phone holds the field protector's envelope and
-- caller_phone_index its keyed hash.

CREATE TABLE {schema}.patrols (
    county_code       text COLLATE "C" NOT NULL,
    version           bigint           NOT NULL,
    id                uuid             NOT NULL,
    jurisdiction_code text COLLATE "C" NOT NULL,
    started_on        date             NOT NULL,
    schema_version    integer          NOT NULL,
    payload           jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT patrols_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.patrols_default PARTITION OF {schema}.patrols DEFAULT;
CREATE INDEX patrols_id_ix ON {schema}.patrols (id);
CREATE INDEX patrols_jurisdiction_ix ON {schema}.patrols (jurisdiction_code, started_on);

CREATE TABLE {schema}.inspections (
    county_code       text COLLATE "C" NOT NULL,
    version           bigint           NOT NULL,
    id                uuid             NOT NULL,
    jurisdiction_code text COLLATE "C" NOT NULL,
    inspected_on      date             NOT NULL,
    premises_id       uuid             NOT NULL,
    schema_version    integer          NOT NULL,
    payload           jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT inspections_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.inspections_default PARTITION OF {schema}.inspections DEFAULT;
CREATE INDEX inspections_id_ix ON {schema}.inspections (id);
CREATE INDEX inspections_jurisdiction_ix ON {schema}.inspections (jurisdiction_code, inspected_on);
CREATE INDEX inspections_premises_ix ON {schema}.inspections (premises_id);

CREATE TABLE {schema}.incidents (
    county_code       text COLLATE "C" NOT NULL,
    version           bigint           NOT NULL,
    id                uuid             NOT NULL,
    jurisdiction_code text COLLATE "C" NOT NULL,
    received_on       date             NOT NULL,
    caller_phone      text,
    caller_phone_index text COLLATE "C",
    schema_version    integer          NOT NULL,
    payload           jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT incidents_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.incidents_default PARTITION OF {schema}.incidents DEFAULT;
CREATE INDEX incidents_id_ix ON {schema}.incidents (id);
CREATE INDEX incidents_jurisdiction_ix ON {schema}.incidents (jurisdiction_code, received_on);
CREATE INDEX incidents_caller_phone_ix ON {schema}.incidents (caller_phone_index);

CREATE TABLE {schema}.prevention_activities (
    county_code       text COLLATE "C" NOT NULL,
    version           bigint           NOT NULL,
    id                uuid             NOT NULL,
    jurisdiction_code text COLLATE "C" NOT NULL,
    held_on           date             NOT NULL,
    kind              text             NOT NULL,
    schema_version    integer          NOT NULL,
    payload           jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT prevention_activities_county_ck CHECK (county_code = left(jurisdiction_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.prevention_activities_default PARTITION OF {schema}.prevention_activities DEFAULT;
CREATE INDEX prevention_activities_id_ix ON {schema}.prevention_activities (id);
CREATE INDEX prevention_activities_jurisdiction_ix ON {schema}.prevention_activities (jurisdiction_code, held_on);
