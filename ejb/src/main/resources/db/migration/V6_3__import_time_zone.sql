-- The zone an import reads times in that its file writes without one (older imports: UTC).
alter table feedback_import add column time_zone varchar(60);
