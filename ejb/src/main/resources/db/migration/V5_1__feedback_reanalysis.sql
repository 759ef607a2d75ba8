-- Re-analysis of stored feedback when the model version changes: one run per model version, its
-- progress and restart point (the last feedback id queued, committed with each chunk).

create sequence feedback_reanalysis_seq start with 1 increment by 50;
create table feedback_reanalysis (
    id               bigint                   not null primary key,
    model_version    varchar(60)              not null,
    status           varchar(12)              not null,
    total            bigint                   not null,
    queued           bigint                   not null,
    last_feedback_id bigint                   not null,
    node             varchar(120),
    heartbeat_at     timestamp with time zone,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    version          bigint                   not null,
    constraint uk_feedback_reanalysis_model unique (model_version)
);
