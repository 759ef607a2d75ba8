-- Re-analysis runs cover every analysed kind of text (feedback, touchpoint notes), not feedback
-- only: the run's restart point is a kind and the last id queued of that kind.
alter table feedback_reanalysis rename to text_reanalysis;
alter table text_reanalysis rename column last_feedback_id to last_subject_id;
alter table text_reanalysis add column subject_kind varchar(40);
