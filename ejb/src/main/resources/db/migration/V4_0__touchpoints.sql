-- Touchpoints across the ITIL lifecycle: types and information checklists per phase (seeded,
-- admin-editable), touchpoints with their services, participants and captured information, and
-- follow-up actions. Portable between H2 and PostgreSQL.

create sequence touchpoint_type_seq start with 1 increment by 50;
create table touchpoint_type (
    id         bigint                   not null primary key,
    phase      varchar(12)              not null,
    name       varchar(120)             not null,
    name_key   varchar(120)             not null,
    position   integer                  not null,
    retired    boolean                  not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint                   not null,
    constraint uk_touchpoint_type_name unique (phase, name_key)
);

create sequence information_item_seq start with 1 increment by 50;
create table information_item (
    id         bigint                   not null primary key,
    phase      varchar(12)              not null,
    name       varchar(120)             not null,
    name_key   varchar(120)             not null,
    position   integer                  not null,
    retired    boolean                  not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint                   not null,
    constraint uk_information_item_name unique (phase, name_key)
);

create sequence touchpoint_seq start with 1 increment by 50;
create table touchpoint (
    id               bigint                   not null primary key,
    occurred_at      timestamp with time zone not null,
    phase            varchar(12)              not null,
    type_id          bigint                   not null references touchpoint_type (id),
    business_unit_id bigint                   not null references business_unit (id),
    channel          varchar(12)              not null,
    summary          varchar(500)             not null,
    notes            varchar(20000),
    outcomes         varchar(4000),
    -- bit i set: the phase's information item at position i was captured (coverage in one scan)
    information_mask bigint                   not null,
    created_by       varchar(80)              not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(80)              not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null
);
create index ix_touchpoint_occurred on touchpoint (occurred_at desc, id desc);
create index ix_touchpoint_unit on touchpoint (business_unit_id, phase, occurred_at);
create index ix_touchpoint_type on touchpoint (type_id);

create table touchpoint_service (
    touchpoint_id bigint not null references touchpoint (id) on delete cascade,
    service_id    bigint not null references it_service (id),
    primary key (touchpoint_id, service_id)
);
create index ix_touchpoint_service_service on touchpoint_service (service_id, touchpoint_id);

create table touchpoint_participant (
    touchpoint_id bigint       not null references touchpoint (id) on delete cascade,
    position      integer      not null,
    name          varchar(160) not null,
    primary key (touchpoint_id, position)
);

create table touchpoint_contact (
    touchpoint_id bigint       not null references touchpoint (id) on delete cascade,
    position      integer      not null,
    name          varchar(160) not null,
    primary key (touchpoint_id, position)
);

create table touchpoint_information (
    touchpoint_id       bigint not null references touchpoint (id) on delete cascade,
    information_item_id bigint not null references information_item (id),
    primary key (touchpoint_id, information_item_id)
);
create index ix_touchpoint_information_item on touchpoint_information (information_item_id);

create sequence follow_up_seq start with 1 increment by 50;
create table follow_up (
    id            bigint                   not null primary key,
    touchpoint_id bigint                   not null references touchpoint (id) on delete cascade,
    position      integer                  not null,
    text          varchar(1000)            not null,
    owner         varchar(80)              not null,
    due_date      date,
    status        varchar(10)              not null,
    created_at    timestamp with time zone not null,
    closed_at     timestamp with time zone,
    version       bigint                   not null
);
create index ix_follow_up_owner on follow_up (owner, status, due_date);
create index ix_follow_up_open on follow_up (status, due_date);
create index ix_follow_up_touchpoint on follow_up (touchpoint_id);
