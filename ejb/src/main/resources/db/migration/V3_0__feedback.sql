-- Interaction feedback, its analysis (model output) and people's corrections (kept apart).

create sequence feedback_seq start with 1 increment by 50;
create table feedback (
    id                   bigint                   not null primary key,
    received_at          timestamp with time zone not null,
    channel              varchar(20)              not null,
    text                 varchar(20000)           not null,
    contact_name         varchar(160),
    contact_email        varchar(254),
    business_unit_id     bigint references business_unit (id),
    support_tier         varchar(4),
    ticket_ref           varchar(80),
    external_id          varchar(120),
    captured_by          varchar(80)              not null,
    analysis_status      varchar(10)              not null,
    analysis_error       varchar(2000),
    language             varchar(8),
    sentiment            varchar(10),
    sentiment_score      double precision,
    sentiment_confidence double precision,
    model_version        varchar(60),
    analysed_at          timestamp with time zone,
    analysis_detail      varchar(200000),
    corrected_sentiment  varchar(10),
    corrected_topics     varchar(1000),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint                   not null,
    constraint uk_feedback_external_id unique (external_id)
);
create index ix_feedback_received on feedback (received_at desc, id desc);
create index ix_feedback_sentiment on feedback (sentiment, received_at desc);
create index ix_feedback_status on feedback (analysis_status);
create index ix_feedback_unit on feedback (business_unit_id, received_at desc);
create index ix_feedback_channel on feedback (channel, received_at desc);

create table feedback_service (
    feedback_id bigint not null references feedback (id) on delete cascade,
    service_id  bigint not null references it_service (id) on delete cascade,
    primary key (feedback_id, service_id)
);
create index ix_feedback_service_service on feedback_service (service_id, feedback_id);

create table feedback_tag (
    feedback_id bigint      not null references feedback (id) on delete cascade,
    tag         varchar(60) not null,
    primary key (feedback_id, tag)
);
create index ix_feedback_tag_tag on feedback_tag (tag);

create table feedback_topic (
    feedback_id bigint           not null references feedback (id) on delete cascade,
    topic       varchar(60)      not null,
    confidence  double precision not null,
    sentiment   varchar(10)
);
create index ix_feedback_topic on feedback_topic (topic, feedback_id);
create index ix_feedback_topic_feedback on feedback_topic (feedback_id);

create sequence feedback_correction_seq start with 1 increment by 50;
create table feedback_correction (
    id              bigint                   not null primary key,
    feedback_id     bigint                   not null references feedback (id) on delete cascade,
    sentiment       varchar(10),
    topics          varchar(1000),
    model_sentiment varchar(10),
    corrected_by    varchar(80)              not null,
    corrected_at    timestamp with time zone not null
);
create index ix_feedback_correction_feedback on feedback_correction (feedback_id);
