-- Durable work queue, claimed with SELECT ... FOR UPDATE SKIP LOCKED by any node.
create sequence work_item_seq start with 1 increment by 50;
create table work_item (
    id           bigint                   not null primary key,
    kind         varchar(40)              not null,
    subject_id   bigint                   not null,
    status       varchar(10)              not null,
    attempts     integer                  not null,
    available_at timestamp with time zone not null,
    claimed_by   varchar(80),
    claimed_at   timestamp with time zone,
    last_error   varchar(2000),
    created_at   timestamp with time zone not null
);
create index ix_work_item_ready on work_item (status, available_at);
create index ix_work_item_subject on work_item (kind, subject_id);
