-- File import is a capability of its own that kinds of rows plug into (feedback, survey
-- responses, later SLA measurements): an import names its kind and keeps the kind's settings
-- (the default channel of feedback, the survey of responses) as a JSON object of strings.
alter table feedback_import rename to file_import;
alter table feedback_import_error rename to file_import_error;
alter table file_import add column kind varchar(40);
alter table file_import add column options varchar(2000);
update file_import set kind = 'survey-responses',
    options = '{"surveyId":"' || cast(survey_id as varchar(20)) || '"}'
    where survey_id is not null;
update file_import set kind = 'feedback', options = '{"defaultChannel":"' || default_channel || '"}'
    where survey_id is null;
alter table file_import alter column kind set not null;
alter table file_import drop column default_channel;
alter table file_import drop column survey_id;
