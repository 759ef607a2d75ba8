-- Service levels: agreements (SLA with a business unit or all, OLA with a support group) per
-- service, their targets, and measurements per month. A corrected figure replaces the current one;
-- the value it replaced is kept in agreement_measurement_history. Portable between H2 and PostgreSQL.
create sequence service_agreement_seq start with 1 increment by 50;
create table service_agreement (
    id               bigint                   not null primary key,
    code             varchar(40)              not null,
    name             varchar(200)             not null,
    kind             varchar(8)               not null,
    service_id       bigint                   not null references it_service (id) on delete cascade,
    business_unit_id bigint references business_unit (id) on delete cascade,
    support_group    varchar(120),
    notes            varchar(2000),
    created_by       varchar(80)              not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null
);
create unique index ux_service_agreement_code on service_agreement (code);
create index ix_service_agreement_service on service_agreement (service_id);
create index ix_service_agreement_unit on service_agreement (business_unit_id);

create sequence agreement_target_seq start with 1 increment by 50;
create table agreement_target (
    id              bigint         not null primary key,
    agreement_id    bigint         not null references service_agreement (id) on delete cascade,
    position        integer        not null,
    code            varchar(40)    not null,
    kind            varchar(24)    not null,
    priority        varchar(4),
    within_minutes  integer,
    target_value    numeric(12, 3) not null,
    higher_is_better boolean       not null,
    at_risk_margin  numeric(12, 3) not null
);
create unique index ux_agreement_target_code on agreement_target (agreement_id, code);

create sequence agreement_measurement_seq start with 1 increment by 50;
create table agreement_measurement (
    id           bigint                   not null primary key,
    target_id    bigint                   not null references agreement_target (id) on delete cascade,
    period_start date                     not null,
    measured     numeric(14, 4)           not null,
    source       varchar(12)              not null,
    recorded_by  varchar(80)              not null,
    recorded_at  timestamp with time zone not null,
    import_id    bigint,
    version      bigint                   not null
);
create unique index ux_agreement_measurement_period on agreement_measurement (target_id, period_start);

create sequence agreement_measurement_history_seq start with 1 increment by 50;
create table agreement_measurement_history (
    id            bigint                   not null primary key,
    target_id     bigint                   not null references agreement_target (id) on delete cascade,
    period_start  date                     not null,
    measured      numeric(14, 4)           not null,
    source        varchar(12)              not null,
    recorded_by   varchar(80)              not null,
    recorded_at   timestamp with time zone not null,
    import_id     bigint,
    superseded_by varchar(80)              not null,
    superseded_at timestamp with time zone not null
);
create index ix_agreement_measurement_history on agreement_measurement_history (target_id, period_start);
