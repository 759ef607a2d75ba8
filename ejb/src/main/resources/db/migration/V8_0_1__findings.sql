-- Findings: statements of fact about a service and/or business unit, with evidence linked (never
-- copied) and an optional saved evidence query that keeps counting as new feedback arrives.
-- Impact figures are computed from the evidence on every read; nothing here stores a figure.

create sequence finding_seq start with 1 increment by 50;
create table finding (
    id               bigint                   not null primary key,
    title            varchar(200)             not null,
    statement        varchar(4000)            not null,
    service_id       bigint references it_service (id),
    business_unit_id bigint references business_unit (id),
    status           varchar(12)              not null,
    origin           varchar(16)              not null,
    -- the saved evidence query (has_query false: evidence is the linked items only);
    -- its scope is the finding's service and business unit
    has_query        boolean                  not null,
    query_topic      varchar(60),
    query_sentiment  varchar(10),
    query_channel    varchar(20),
    query_tier       varchar(4),
    query_since      date,
    -- null: open-ended, the query counts up to today
    query_until      date,
    created_by       varchar(80)              not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(80)              not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null
);
create index ix_finding_created on finding (created_at desc, id desc);
create index ix_finding_service on finding (service_id);
create index ix_finding_unit on finding (business_unit_id);

-- One linked item of evidence: exactly one of feedback, survey response, touchpoint or a coverage
-- gap (business unit x lifecycle phase, optionally for a service). Who linked it and when is kept.
create sequence finding_evidence_seq start with 1 increment by 50;
create table finding_evidence (
    id                   bigint                   not null primary key,
    finding_id           bigint                   not null references finding (id) on delete cascade,
    kind                 varchar(16)              not null,
    feedback_id          bigint references feedback (id) on delete cascade,
    survey_response_id   bigint references survey_response (id) on delete cascade,
    touchpoint_id        bigint references touchpoint (id) on delete cascade,
    gap_business_unit_id bigint references business_unit (id) on delete cascade,
    gap_phase            varchar(12),
    gap_service_id       bigint references it_service (id) on delete cascade,
    linked_by            varchar(80)              not null,
    linked_at            timestamp with time zone not null,
    constraint uk_finding_evidence_feedback unique (finding_id, feedback_id),
    constraint uk_finding_evidence_response unique (finding_id, survey_response_id),
    constraint uk_finding_evidence_touchpoint unique (finding_id, touchpoint_id)
);
create index ix_finding_evidence_finding on finding_evidence (finding_id, linked_at);
create index ix_finding_evidence_feedback on finding_evidence (feedback_id);
