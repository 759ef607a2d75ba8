-- The twin of db/vendor/postgresql's: a unit's survey answers and invitations of a period. H2 has
-- no INCLUDE, so the feedback indexes stay as they are there.
create index ix_survey_response_unit on survey_response (business_unit_id, submitted_at);
create index ix_survey_invitation_unit on survey_invitation (business_unit_id, created_at);
