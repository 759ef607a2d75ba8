-- The register pages by score, highest first, ties by newest id ("order by score desc, id desc"):
-- the indexes now hold that exact order, so the first page of 20 is read from the index's head
-- (with or without the status filter) instead of sorting every matching item.
drop index ix_improvement_score;
create index ix_improvement_score on improvement_item (score desc, id desc);
drop index ix_improvement_status;
create index ix_improvement_status on improvement_item (status, score desc, id desc);
