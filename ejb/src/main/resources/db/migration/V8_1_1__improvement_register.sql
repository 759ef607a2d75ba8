-- The CSI register: improvement items with their KPI, frozen baseline, stored priority score
-- components, workflow history, and the admins' score weights. Portable between H2 and PostgreSQL.

-- One row: the last CSI number handed out, locked while the next is taken (numbers have no gaps).
create table improvement_counter (
    id          bigint not null primary key,
    last_number integer not null
);
insert into improvement_counter values (1, 0);

create sequence improvement_item_seq start with 1 increment by 50;
create table improvement_item (
    id                    bigint                   not null primary key,
    number                integer                  not null,
    title                 varchar(200)             not null,
    description           varchar(8000),
    status                varchar(20)              not null,
    closure               varchar(20),
    raised_by             varchar(80)              not null,
    raised_at             timestamp with time zone not null,
    owner                 varchar(80),
    item_type             varchar(24)              not null,
    effort                varchar(2)               not null,
    effort_days           numeric(7, 1),
    target_date           date,
    benefits_review_date  date,
    -- the KPI: measured by Gemba over a scope, or MANUAL with values typed in
    kpi_kind              varchar(20)              not null,
    kpi_name              varchar(200),
    kpi_topic             varchar(60),
    kpi_service_id        bigint references it_service (id),
    kpi_business_unit_id  bigint references business_unit (id),
    kpi_window_days       integer                  not null,
    kpi_higher_is_better  boolean                  not null,
    target_value          double precision,
    manual_current_value  double precision,
    -- frozen at approval: the baseline window and its sufficient statistics
    baseline_value        double precision,
    baseline_n            bigint,
    baseline_a            double precision,
    baseline_b            double precision,
    baseline_from         timestamp with time zone,
    baseline_to           timestamp with time zone,
    approved_at           timestamp with time zone,
    delivered_at          timestamp with time zone,
    -- shift-left items: the support tier work moves from and to
    tier_from             varchar(4),
    tier_to               varchar(4),
    -- the priority score's components as last computed, each with its source in the score view
    reach_people          bigint                   not null,
    reach_units           bigint                   not null,
    impact_value          double precision         not null,
    evidence_n            bigint                   not null,
    evidence_sources      integer                  not null,
    score                 double precision         not null,
    score_computed_at     timestamp with time zone not null,
    review_follow_up_id   bigint,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint                   not null,
    constraint uk_improvement_number unique (number)
);
create index ix_improvement_score on improvement_item (score desc, id);
create index ix_improvement_status on improvement_item (status, score desc);
create index ix_improvement_owner on improvement_item (owner);

create table improvement_service (
    item_id    bigint not null references improvement_item (id) on delete cascade,
    service_id bigint not null references it_service (id),
    primary key (item_id, service_id)
);
create index ix_improvement_service_service on improvement_service (service_id, item_id);

create table improvement_business_unit (
    item_id          bigint not null references improvement_item (id) on delete cascade,
    business_unit_id bigint not null references business_unit (id),
    primary key (item_id, business_unit_id)
);
create index ix_improvement_unit_unit on improvement_business_unit (business_unit_id, item_id);

-- The workflow history: append-only, one row per transition (proposal included).
create sequence improvement_transition_seq start with 1 increment by 50;
create table improvement_transition (
    id          bigint                   not null primary key,
    item_id     bigint                   not null references improvement_item (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20)              not null,
    closure     varchar(20),
    actor       varchar(80)              not null,
    occurred_at timestamp with time zone not null,
    reason      varchar(2000)
);
create index ix_improvement_transition_item on improvement_transition (item_id, occurred_at);

-- One row: exponents of the priority score's components, set by admins.
create table improvement_weights (
    id         bigint           not null primary key,
    reach      double precision not null,
    impact     double precision not null,
    confidence double precision not null,
    effort     double precision not null,
    updated_by varchar(80),
    updated_at timestamp with time zone,
    version    bigint           not null
);
insert into improvement_weights values (1, 1, 1, 1, 1, null, null, 0);
