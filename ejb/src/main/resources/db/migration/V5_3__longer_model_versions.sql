-- Model versions name every model in use (sentiment and topics per language, with digests).
alter table feedback alter column model_version set data type varchar(255);
alter table touchpoint alter column notes_model_version set data type varchar(255);
alter table feedback_reanalysis alter column model_version set data type varchar(255);
