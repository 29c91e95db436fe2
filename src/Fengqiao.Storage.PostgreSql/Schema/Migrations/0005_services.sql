-- Version 5: the services module (便民服务) — catalog, service requests, work orders, found items.
-- {schema} is replaced by the configured schema name. Applied once, in one transaction.
--
-- Like the grids tables, every table is partitioned by LIST (county_code), the first six digits of
-- the row's jurisdiction code (catalog entries published by a province or prefecture live in the
-- DEFAULT partition). The state is jsonb without personal data (Fengqiao.Services.Storage.
-- ServiceStateSerializer); the personal part — names, mobile and ID numbers, descriptions,
-- addresses — is one envelope encrypted with the host's field protector ('personal'), and mobile
-- and ID numbers are looked up through keyed-hash index columns (phone_ix, citizen_ix).

CREATE TABLE {schema}.service_catalog (
    county_code       text COLLATE "C"   NOT NULL,
    version           bigint             NOT NULL,
    code              text COLLATE "C"   NOT NULL,
    publisher_code    text COLLATE "C"   NOT NULL,
    service_group     smallint           NOT NULL,
    area_codes        text[] COLLATE "C" NOT NULL,
    schema_version    integer            NOT NULL,
    payload           jsonb              NOT NULL,
    PRIMARY KEY (county_code, code),
    CONSTRAINT service_catalog_county_ck CHECK (county_code = left(publisher_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.service_catalog_default PARTITION OF {schema}.service_catalog DEFAULT;
CREATE INDEX service_catalog_code_ix ON {schema}.service_catalog (code);
CREATE INDEX service_catalog_areas_ix ON {schema}.service_catalog USING gin (area_codes);

CREATE TABLE {schema}.service_requests (
    county_code       text COLLATE "C"   NOT NULL,
    version           bigint             NOT NULL,
    id                uuid               NOT NULL,
    station_code      text COLLATE "C"   NOT NULL,
    service_code      text COLLATE "C"   NOT NULL,
    status            smallint           NOT NULL,
    submitted_on      date               NOT NULL,
    due_on            date,
    closed_on         date,
    on_time           boolean,
    hotline_ref       text COLLATE "C",
    phone_ix          text COLLATE "C",
    citizen_ix        text COLLATE "C",
    personal          text               NOT NULL,
    schema_version    integer            NOT NULL,
    payload           jsonb              NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT service_requests_county_ck CHECK (county_code = left(station_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.service_requests_default PARTITION OF {schema}.service_requests DEFAULT;
CREATE INDEX service_requests_id_ix ON {schema}.service_requests (id);
CREATE INDEX service_requests_station_ix ON {schema}.service_requests (station_code, submitted_on);
CREATE INDEX service_requests_phone_ix ON {schema}.service_requests (phone_ix) WHERE phone_ix IS NOT NULL;
CREATE INDEX service_requests_citizen_ix ON {schema}.service_requests (citizen_ix) WHERE citizen_ix IS NOT NULL;
CREATE INDEX service_requests_hotline_ix ON {schema}.service_requests (hotline_ref) WHERE hotline_ref IS NOT NULL;

CREATE TABLE {schema}.work_orders (
    county_code       text COLLATE "C"   NOT NULL,
    version           bigint             NOT NULL,
    id                uuid               NOT NULL,
    grid_code         text COLLATE "C"   NOT NULL,
    status            smallint           NOT NULL,
    worker_id         uuid,
    phone_ix          text COLLATE "C",
    citizen_ix        text COLLATE "C",
    personal          text               NOT NULL,
    schema_version    integer            NOT NULL,
    payload           jsonb              NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT work_orders_county_ck CHECK (county_code = left(grid_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.work_orders_default PARTITION OF {schema}.work_orders DEFAULT;
CREATE INDEX work_orders_id_ix ON {schema}.work_orders (id);
CREATE INDEX work_orders_grid_ix ON {schema}.work_orders (grid_code);
CREATE INDEX work_orders_worker_ix ON {schema}.work_orders (worker_id) WHERE worker_id IS NOT NULL;

CREATE TABLE {schema}.found_items (
    county_code       text COLLATE "C"   NOT NULL,
    version           bigint             NOT NULL,
    id                uuid               NOT NULL,
    station_code      text COLLATE "C"   NOT NULL,
    status            smallint           NOT NULL,
    kind              smallint           NOT NULL,
    phone_ix          text COLLATE "C",
    citizen_ix        text COLLATE "C",
    personal          text,
    schema_version    integer            NOT NULL,
    payload           jsonb              NOT NULL,
    PRIMARY KEY (county_code, id),
    CONSTRAINT found_items_county_ck CHECK (county_code = left(station_code, 6))
) PARTITION BY LIST (county_code);
CREATE TABLE {schema}.found_items_default PARTITION OF {schema}.found_items DEFAULT;
CREATE INDEX found_items_id_ix ON {schema}.found_items (id);
CREATE INDEX found_items_station_ix ON {schema}.found_items (station_code);
