-- Surveys: versioned definitions, invitations (transactional and campaign) governed by one
-- fatigue policy, responses with their answers, campaigns. Portable between H2 and PostgreSQL.

create sequence survey_seq start with 1 increment by 50;
create table survey (
    id              bigint                   not null primary key,
    name            varchar(160)             not null,
    kind            varchar(16)              not null,
    anonymous       boolean                  not null,
    retired         boolean                  not null,
    current_version integer                  not null,
    created_by      varchar(80)              not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint                   not null
);

create sequence survey_version_seq start with 1 increment by 50;
create table survey_version (
    id         bigint                   not null primary key,
    survey_id  bigint                   not null references survey (id) on delete cascade,
    number     integer                  not null,
    created_by varchar(80)              not null,
    created_at timestamp with time zone not null,
    constraint uk_survey_version unique (survey_id, number)
);

create sequence survey_question_seq start with 1 increment by 50;
create table survey_question (
    id                bigint        not null primary key,
    survey_version_id bigint        not null references survey_version (id) on delete cascade,
    position          integer       not null,
    code              varchar(40)   not null,
    type              varchar(16)   not null,
    required          boolean       not null,
    text_en           varchar(500)  not null,
    text_de           varchar(500)  not null,
    choices_en        varchar(2000),
    choices_de        varchar(2000),
    -- shown only when the answer to the question with this code lies in [show_if_min, show_if_max]
    show_if_code      varchar(40),
    show_if_min       integer,
    show_if_max       integer
);
create index ix_survey_question_version on survey_question (survey_version_id, position);

-- One row: the fatigue rules that govern every survey kind together.
create table survey_policy (
    id                         bigint  not null primary key,
    max_per_30_days            integer not null,
    min_days_between           integer not null,
    quiet_days_after_complaint integer not null,
    default_sampling_percent   integer not null,
    valid_days                 integer not null,
    version                    bigint  not null
);
insert into survey_policy values (1, 2, 7, 14, 100, 14, 0);
create table survey_sampling (
    service_id bigint  not null primary key references it_service (id) on delete cascade,
    percent    integer not null
);

create sequence survey_campaign_seq start with 1 increment by 50;
create table survey_campaign (
    id                  bigint                   not null primary key,
    survey_id           bigint                   not null references survey (id),
    name                varchar(160)             not null,
    business_unit_id    bigint references business_unit (id),
    service_id          bigint references it_service (id),
    phase               varchar(12)              not null,
    scheduled_at        timestamp with time zone not null,
    reminder_after_days integer                  not null,
    status              varchar(12)              not null,
    launched_at         timestamp with time zone,
    created_by          varchar(80)              not null,
    created_at          timestamp with time zone not null,
    version             bigint                   not null
);
create index ix_survey_campaign_due on survey_campaign (status, scheduled_at);

create sequence survey_invitation_seq start with 1 increment by 50;
create table survey_invitation (
    id                 bigint                   not null primary key,
    survey_id          bigint                   not null references survey (id),
    survey_version_id  bigint                   not null references survey_version (id),
    campaign_id        bigint references survey_campaign (id),
    ticket_ref         varchar(80),
    contact_name       varchar(160),
    contact_email      varchar(254)             not null,
    person_key         varchar(254)             not null,
    language           varchar(2)               not null,
    business_unit_id   bigint references business_unit (id),
    service_id         bigint references it_service (id),
    support_tier       varchar(4),
    phase              varchar(12)              not null,
    resolution_minutes integer,
    assignment_group   varchar(120),
    token_hash         varchar(64),
    status             varchar(10)              not null,
    skip_reason        varchar(30),
    skip_detail        varchar(300),
    draft              varchar(20000),
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    sent_at            timestamp with time zone,
    opened_at          timestamp with time zone,
    answered_at        timestamp with time zone,
    remind_due_at      timestamp with time zone,
    reminded_at        timestamp with time zone,
    version            bigint                   not null,
    constraint uk_survey_invitation_ticket unique (ticket_ref),
    constraint uk_survey_invitation_token unique (token_hash)
);
create index ix_survey_invitation_person on survey_invitation (person_key, created_at);
create index ix_survey_invitation_campaign on survey_invitation (campaign_id, status);
create index ix_survey_invitation_reminder on survey_invitation (remind_due_at);

create sequence survey_response_seq start with 1 increment by 50;
create table survey_response (
    id                bigint                   not null primary key,
    survey_id         bigint                   not null references survey (id),
    survey_version_id bigint                   not null references survey_version (id),
    -- null for anonymous surveys: the answers cannot be traced back to the person
    invitation_id     bigint references survey_invitation (id),
    external_id       varchar(120),
    submitted_at      timestamp with time zone not null,
    language          varchar(2)               not null,
    business_unit_id  bigint references business_unit (id),
    service_id        bigint references it_service (id),
    support_tier      varchar(4),
    phase             varchar(12)              not null,
    csat              integer,
    nps               integer,
    ces               integer,
    feedback_id       bigint references feedback (id),
    constraint uk_survey_response_external unique (external_id)
);
create index ix_survey_response_survey on survey_response (survey_id, submitted_at);
create index ix_survey_response_submitted on survey_response (submitted_at);

create table survey_answer (
    response_id bigint        not null references survey_response (id) on delete cascade,
    question_id bigint        not null references survey_question (id),
    value_int   integer,
    value_text  varchar(4000),
    primary key (response_id, question_id)
);

-- Survey answers in the feedback inbox show which survey and score they come from.
alter table feedback add column survey_label varchar(200);

-- Follow-ups also arise from survey answers (a low score with a comment), not only touchpoints.
alter table follow_up alter column touchpoint_id drop not null;
alter table follow_up add column feedback_id bigint references feedback (id) on delete cascade;
alter table follow_up add column business_unit_id bigint references business_unit (id);
create index ix_follow_up_feedback on follow_up (feedback_id);

-- Responses exported from other survey tools import through the feedback import's batch job
-- machinery; such an import names the survey its rows answer.
alter table feedback_import add column survey_id bigint references survey (id);
