-- A manual KPI's values entered by hand, each dated: the history its outcome is computed from.
-- Append-only; a correction is a newer entry for the same day.
create sequence improvement_kpi_value_seq start with 1 increment by 50;
create table improvement_kpi_value (
    id          bigint                   not null primary key,
    item_id     bigint                   not null references improvement_item (id) on delete cascade,
    measured_on date                     not null,
    kpi_value   double precision         not null,
    note        varchar(500),
    entered_by  varchar(80)              not null,
    entered_at  timestamp with time zone not null
);
create index ix_improvement_kpi_value_item on improvement_kpi_value (item_id, measured_on);
