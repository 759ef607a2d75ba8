-- A refused import row's reason as a message key and its arguments, so the report can be shown
-- in the reader's language; older rows keep their English text only.
alter table feedback_import_error add column reason_key varchar(80);
alter table feedback_import_error add column reason_args varchar(2000);
