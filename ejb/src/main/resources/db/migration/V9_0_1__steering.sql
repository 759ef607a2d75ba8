-- Steering committees: committees with members and scope, their meetings with agendas (frozen
-- when held) and the append-only decision log. Portable between H2 and PostgreSQL.

create sequence committee_seq start with 1 increment by 50;
create table committee (
    id          bigint                   not null primary key,
    name        varchar(120)             not null,
    chair       varchar(80)              not null,
    everything  boolean                  not null,
    cadence     varchar(12)              not null,
    created_by  varchar(80)              not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint uk_committee_name unique (name)
);

create table committee_member (
    committee_id bigint      not null references committee (id) on delete cascade,
    username     varchar(80) not null,
    primary key (committee_id, username)
);

create table committee_service (
    committee_id bigint not null references committee (id) on delete cascade,
    service_id   bigint not null references it_service (id),
    primary key (committee_id, service_id)
);

create table committee_business_unit (
    committee_id     bigint not null references committee (id) on delete cascade,
    business_unit_id bigint not null references business_unit (id),
    primary key (committee_id, business_unit_id)
);

create sequence meeting_seq start with 1 increment by 50;
create table meeting (
    id                 bigint                   not null primary key,
    committee_id       bigint                   not null references committee (id),
    scheduled_on       date                     not null,
    status             varchar(12)              not null,
    agenda_generated_at timestamp with time zone,
    held_at            timestamp with time zone,
    held_by            varchar(80),
    scheduled_by       varchar(80)              not null,
    version            bigint                   not null
);
create index ix_meeting_committee on meeting (committee_id, scheduled_on);

-- The agenda: generated rows carry the figures shown; frozen with the meeting when it is held.
create sequence agenda_point_seq start with 1 increment by 50;
create table agenda_point (
    id             bigint        not null primary key,
    meeting_id     bigint        not null references meeting (id),
    position       integer       not null,
    kind           varchar(20)   not null,
    item_id        bigint,
    item_number    varchar(12),
    finding_id     bigint,
    title          varchar(300)  not null,
    item_status    varchar(20),
    score          double precision,
    priority_override double precision,
    days_in_state  integer,
    target_date    date,
    outcome_before double precision,
    outcome_after  double precision,
    verdict        varchar(24),
    note           varchar(2000),
    added_by       varchar(80),
    version        bigint        not null
);
create index ix_agenda_point_meeting on agenda_point (meeting_id, position);

-- The decision log: append-only, rows are never updated or deleted; a correction is a new row
-- that names the row it supersedes.
create sequence decision_seq start with 1 increment by 50;
create table decision (
    id                  bigint                   not null primary key,
    meeting_id          bigint                   not null references meeting (id),
    committee_id        bigint                   not null references committee (id),
    agenda_point_id     bigint references agenda_point (id),
    item_id             bigint                   not null,
    item_number         varchar(12)              not null,
    item_title          varchar(200)             not null,
    kind                varchar(20)              not null,
    rationale           varchar(2000)            not null,
    defer_until         date,
    merged_into_id      bigint,
    merged_into_number  varchar(12),
    priority_override   double precision,
    computed_score      double precision,
    owner               varchar(80),
    effort_days         numeric(7, 1),
    budget              numeric(12, 2),
    votes_for           integer,
    votes_against       integer,
    votes_abstaining    integer,
    supersedes_id       bigint references decision (id),
    decided_by          varchar(80)              not null,
    decided_at          timestamp with time zone not null
);
create index ix_decision_item on decision (item_id, decided_at);
create index ix_decision_meeting on decision (meeting_id);
create index ix_decision_decided on decision (decided_at desc, id);

create table decision_present (
    decision_id bigint      not null references decision (id),
    username    varchar(80) not null,
    primary key (decision_id, username)
);
