-- Mail as a shared capability: addresses that got mail that is not transactional, the hash of
-- their unsubscribe token, and when they opted out.
create table mail_recipient (
    address      varchar(254)             not null primary key,
    token_hash   varchar(64)              not null,
    opted_out_at timestamp with time zone,
    created_at   timestamp with time zone not null,
    constraint uk_mail_recipient_token unique (token_hash)
);

-- "You said, we did": a public note on an improvement item's status change, at most one per change.
create sequence improvement_notice_seq start with 1 increment by 50;
create table improvement_notice (
    id            bigint                   not null primary key,
    item_id       bigint                   not null references improvement_item (id) on delete cascade,
    transition_id bigint                   not null references improvement_transition (id) on delete cascade,
    item_number   varchar(20)              not null,
    title         varchar(200)             not null,
    from_status   varchar(20),
    to_status     varchar(20)              not null,
    closure       varchar(20),
    changed_at    timestamp with time zone not null,
    announced_by  varchar(80)              not null,
    created_at    timestamp with time zone not null,
    constraint uk_improvement_notice_change unique (transition_id)
);
create index ix_improvement_notice_item on improvement_notice (item_id, changed_at);

-- the business units whose people's feedback was the evidence, and how many voices each
create table improvement_notice_unit (
    notice_id        bigint  not null references improvement_notice (id) on delete cascade,
    business_unit_id bigint  not null references business_unit (id) on delete cascade,
    voices           integer not null,
    primary key (notice_id, business_unit_id)
);
create index ix_improvement_notice_unit on improvement_notice_unit (business_unit_id);

-- a person told of notices: at most one digest a week
create sequence notice_reader_seq start with 1 increment by 50;
create table notice_reader (
    id             bigint                   not null primary key,
    address        varchar(254)             not null,
    name           varchar(160),
    language       varchar(2)               not null,
    last_digest_at timestamp with time zone,
    digest_due_at  timestamp with time zone,
    version        bigint                   not null,
    constraint uk_notice_reader_address unique (address)
);

-- who was (or is to be) told of which notice, and when
create sequence notice_recipient_seq start with 1 increment by 50;
create table notice_recipient (
    id               bigint                   not null primary key,
    notice_id        bigint                   not null references improvement_notice (id) on delete cascade,
    reader_id        bigint                   not null references notice_reader (id) on delete cascade,
    audience         varchar(24)              not null,
    business_unit_id bigint references business_unit (id) on delete set null,
    status           varchar(12)              not null,
    sent_at          timestamp with time zone,
    constraint uk_notice_recipient unique (notice_id, reader_id, audience)
);
create index ix_notice_recipient_reader on notice_recipient (reader_id, status);
