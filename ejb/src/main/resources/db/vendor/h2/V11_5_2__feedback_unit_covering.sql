-- A business unit's feedback in a period, newest first with id breaking ties. PostgreSQL also keeps
-- the effective sentiment in this index (INCLUDE, which H2 lacks): see db/vendor/postgresql.
drop index ix_feedback_unit;
create index ix_feedback_unit on feedback (business_unit_id, received_at desc, id desc);
