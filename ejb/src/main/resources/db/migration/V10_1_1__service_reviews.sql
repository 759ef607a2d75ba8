-- Service reviews: a review per business unit (or service) and period, with its participants, the
-- agenda, the pack's figures frozen at publishing (JSON of the ReviewPack record) and what the
-- minutes raised (follow-up actions, findings, proposed improvement items). Portable between H2
-- and PostgreSQL.

create sequence service_review_seq start with 1 increment by 50;
create table service_review (
    id               bigint                   not null primary key,
    business_unit_id bigint                   not null references business_unit (id),
    service_id       bigint references it_service (id),
    title            varchar(200)             not null,
    scheduled_at     timestamp with time zone not null,
    period_from      date                     not null,
    period_to        date                     not null,
    -- the CSI touchpoint of type "Service review meetings" that the review is
    touchpoint_id    bigint references touchpoint (id) on delete set null,
    status           varchar(12)              not null,
    pack_json        varchar(1000000),
    published_at     timestamp with time zone,
    published_by     varchar(80),
    held_at          timestamp with time zone,
    created_by       varchar(80)              not null,
    created_at       timestamp with time zone not null,
    version          bigint                   not null
);
create index service_review_unit on service_review (business_unit_id, scheduled_at);

create table service_review_it_participant (
    review_id bigint       not null references service_review (id) on delete cascade,
    position  integer      not null,
    username  varchar(80)  not null,
    primary key (review_id, position)
);

create table service_review_contact (
    review_id bigint       not null references service_review (id) on delete cascade,
    position  integer      not null,
    name      varchar(160) not null,
    primary key (review_id, position)
);

create sequence review_agenda_item_seq start with 1 increment by 50;
create table review_agenda_item (
    id        bigint        not null primary key,
    review_id bigint        not null references service_review (id) on delete cascade,
    position  integer       not null,
    section   varchar(24),
    title     varchar(200)  not null,
    notes     varchar(8000)
);
create index review_agenda_item_review on review_agenda_item (review_id);

create sequence review_outcome_seq start with 1 increment by 50;
create table review_outcome (
    id             bigint                   not null primary key,
    review_id      bigint                   not null references service_review (id) on delete cascade,
    agenda_item_id bigint,
    kind           varchar(12)              not null,
    ref_id         bigint                   not null,
    text           varchar(1000)            not null,
    created_by     varchar(80)              not null,
    created_at     timestamp with time zone not null
);
create index review_outcome_review on review_outcome (review_id);
