-- Touchpoint notes are analysed like feedback: the model's output per touchpoint.
alter table touchpoint add column notes_analysis_status varchar(10);
alter table touchpoint add column notes_language varchar(8);
alter table touchpoint add column notes_sentiment varchar(10);
alter table touchpoint add column notes_sentiment_score double precision;
alter table touchpoint add column notes_topics varchar(1000);
alter table touchpoint add column notes_key_phrases varchar(2000);
alter table touchpoint add column notes_model_version varchar(60);
alter table touchpoint add column notes_analysed_at timestamp with time zone;
alter table touchpoint add column notes_analysis_error varchar(2000);
