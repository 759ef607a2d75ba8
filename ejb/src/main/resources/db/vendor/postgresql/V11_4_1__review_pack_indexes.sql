-- A review pack (and the insights page) reads one business unit's feedback of a period: sentiment
-- per day, topics, the strongest verbatims. Covering the columns those queries read lets
-- PostgreSQL answer them from the indexes alone (index-only scans, once vacuumed) instead of
-- fetching each item's row at random from the whole table. The unit index keeps its key and order.
-- H2 has no INCLUDE: see db/vendor/h2 for the twin.
drop index ix_feedback_unit;
create index ix_feedback_unit on feedback (business_unit_id, received_at desc)
    include (id, analysis_status, effective_sentiment, sentiment_score);
-- an item's topics, read from the index alone (it still serves lookups by feedback_id)
drop index ix_feedback_topic_feedback;
create index ix_feedback_topic_feedback on feedback_topic (feedback_id, topic);
-- survey scores of a unit in a period (the pack's survey section and trend)
create index ix_survey_response_unit on survey_response (business_unit_id, submitted_at);
create index ix_survey_invitation_unit on survey_invitation (business_unit_id, created_at);
