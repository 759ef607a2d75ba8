-- Suggested findings of kind COVERAGE_GAP: the lifecycle phases without a recent touchpoint and
-- the threshold (days) they were judged by; null for the other kinds.
alter table finding_suggestion add column gap_phases varchar(100);
alter table finding_suggestion add column stale_days integer;
