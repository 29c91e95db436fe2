-- Version 4: the disputes module. {schema} is replaced by the configured schema name.
--
-- One row per dispute, partitioned by LIST (county_code) like every module table (county_code is
-- the first six digits of the dispute's grid or village code, and the distribution column under
-- Citus). The state record is jsonb (Fengqiao.Disputes.Storage.DisputeStateSerializer: outside
-- persons' phone numbers are encrypted with the host's field protector); resident_ids and
-- phone_indexes repeat the parties for lookups, phones only as keyed-hash index tokens.

CREATE TABLE {schema}.disputes (
    county_code    text COLLATE "C" NOT NULL,
    version        bigint           NOT NULL,
    id             uuid             NOT NULL,
    area_code      text COLLATE "C" NOT NULL,
    reported_on    date             NOT NULL,
    category       text COLLATE "C" NOT NULL,
    status         smallint         NOT NULL,
    is_open        boolean          NOT NULL,
    level          smallint         NOT NULL,
    deadline       date             NOT NULL,
    resident_ids   uuid[]           NOT NULL,
    phone_indexes  text[]           NOT NULL,
    schema_version integer          NOT NULL,
    payload        jsonb            NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT disputes_county_ck CHECK (county_code = left(area_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.disputes_default PARTITION OF {schema}.disputes DEFAULT;
CREATE INDEX disputes_id_ix ON {schema}.disputes (id);
CREATE INDEX disputes_area_ix ON {schema}.disputes (area_code, reported_on);
CREATE INDEX disputes_reported_ix ON {schema}.disputes (reported_on, id);
-- The overdue query (超期): open disputes of an area by deadline.
CREATE INDEX disputes_overdue_ix ON {schema}.disputes (area_code, deadline) WHERE is_open;
CREATE INDEX disputes_residents_ix ON {schema}.disputes USING gin (resident_ids);
CREATE INDEX disputes_phones_ix ON {schema}.disputes USING gin (phone_indexes);
