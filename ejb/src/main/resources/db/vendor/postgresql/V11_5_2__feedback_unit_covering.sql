-- A business unit's feedback in a period, with its effective sentiment, straight from the index:
-- a finding's trend population and evidence for a unit read index-only
-- instead of fetching thousands of rows spread over the whole table; id breaks ties the way the
-- inbox orders (newest first). Keeps the columns V11_4_1 covers for the review pack (analysis
-- status, sentiment score). See db/vendor/h2 for the twin without INCLUDE.
drop index ix_feedback_unit;
create index ix_feedback_unit on feedback (business_unit_id, received_at desc, id desc)
    include (analysis_status, effective_sentiment, sentiment_score);
