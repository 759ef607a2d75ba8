-- Improvement items and the findings that justify them: many to many, with who linked them and when.
create table improvement_finding (
    item_id    bigint                   not null references improvement_item (id) on delete cascade,
    finding_id bigint                   not null references finding (id) on delete cascade,
    linked_by  varchar(80)              not null,
    linked_at  timestamp with time zone not null,
    primary key (item_id, finding_id)
);
create index ix_improvement_finding_finding on improvement_finding (finding_id, item_id);
