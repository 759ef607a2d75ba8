-- Suggested findings from the scheduled detector: one row per signal (a measure of a cell, e.g.
-- the negative share of topic "vpn" for service 12), updated by later runs while it waits for review.
-- A dismissed signal keeps the count it was dismissed at, so it returns only if it grows materially.

create sequence finding_suggestion_seq start with 1 increment by 50;
create table finding_suggestion (
    id                bigint                   not null primary key,
    signal_key        varchar(300)             not null,
    kind              varchar(20)              not null,
    measure           varchar(20)              not null,
    service_id        bigint references it_service (id) on delete cascade,
    business_unit_id  bigint references business_unit (id) on delete cascade,
    topic             varchar(60),
    status            varchar(12)              not null,
    recent_from       timestamp with time zone not null,
    recent_to         timestamp with time zone not null,
    base_from         timestamp with time zone not null,
    recent_total      bigint                   not null,
    recent_negative   bigint                   not null,
    base_total        bigint                   not null,
    base_negative     bigint                   not null,
    p_value           double precision         not null,
    q_value           double precision         not null,
    detected_at       timestamp with time zone not null,
    decided_by        varchar(80),
    decided_at        timestamp with time zone,
    dismiss_reason    varchar(1000),
    dismissed_count   bigint,
    finding_id        bigint references finding (id) on delete set null,
    version           bigint                   not null,
    constraint uk_finding_suggestion_signal unique (signal_key)
);
create index ix_finding_suggestion_status on finding_suggestion (status, detected_at desc);

-- One row: when the detector last ran. A node runs it only after winning the row's update, so
-- on a cluster one node at a time does the work.
create table finding_detector (
    id          bigint not null primary key,
    last_run_at timestamp with time zone not null
);
insert into finding_detector values (1, timestamp with time zone '2000-01-01 00:00:00+00');
