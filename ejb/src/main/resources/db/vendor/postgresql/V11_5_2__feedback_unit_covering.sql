-- A business unit's feedback in a period, with its effective sentiment, straight from the index:
-- a finding's trend population and evidence for a unit read index-only
-- instead of fetching thousands of rows spread over the whole table; id breaks ties the way the
-- inbox orders (newest first). See db/vendor/h2 for the twin without INCLUDE.
drop index ix_feedback_unit;
create index ix_feedback_unit on feedback (business_unit_id, received_at desc, id desc) include (effective_sentiment);
