-- Bulk imports of interaction feedback: one row per uploaded file with its column mapping and
-- progress (the restart point is rows_read, committed with each chunk), and the rows refused.

create sequence feedback_import_seq start with 1 increment by 50;
create table feedback_import (
    id              bigint                   not null primary key,
    file_name       varchar(255)             not null,
    format          varchar(8)               not null,
    mapping         varchar(4000)            not null,
    default_channel varchar(20)              not null,
    status          varchar(12)              not null,
    total_rows      bigint                   not null,
    rows_read       bigint                   not null,
    rows_imported   bigint                   not null,
    rows_duplicate  bigint                   not null,
    rows_failed     bigint                   not null,
    error           varchar(2000),
    node            varchar(120),
    heartbeat_at    timestamp with time zone,
    created_by      varchar(80)              not null,
    created_at      timestamp with time zone not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone,
    version         bigint                   not null
);
create index ix_feedback_import_status on feedback_import (status, heartbeat_at);

create table feedback_import_error (
    import_id  bigint        not null references feedback_import (id) on delete cascade,
    row_number bigint        not null,
    column_name varchar(120),
    reason     varchar(1000) not null,
    primary key (import_id, row_number)
);
