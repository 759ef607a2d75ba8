-- A campaign's invitations go out in one language (key contacts have none of their own); the
-- respondent can still switch on the response page.
alter table survey_campaign add column language varchar(2) default 'en' not null;
