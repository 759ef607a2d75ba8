-- The inbox filters on the effective sentiment: a person's correction, else the model's label.
-- A stored generated column makes that filter indexable; the indexes match the inbox's filters
-- ordered like its table (newest first). The model-only sentiment index served no query.
-- PostgreSQL and H2 spell generated columns differently: see db/vendor/h2 for the twin.
alter table feedback add column effective_sentiment varchar(10)
    generated always as (coalesce(corrected_sentiment, sentiment)) stored;
drop index ix_feedback_sentiment;
create index ix_feedback_effective on feedback (effective_sentiment, received_at desc, id desc);
create index ix_feedback_effective_channel
    on feedback (effective_sentiment, channel, received_at desc, id desc) include (analysis_status);
