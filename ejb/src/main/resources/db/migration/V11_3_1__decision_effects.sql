-- What a decision did to its item, so that a correction can undo it: the item's status and owner
-- before the decision (without the decision it corrects) and after it. Null for decisions recorded
-- before this column existed, whose effect is therefore not undone by a correction.
alter table decision add column status_before varchar(20);
alter table decision add column status_after varchar(20);
alter table decision add column owner_before varchar(80);
alter table decision add column owner_after varchar(80);

-- A deferred item back on the agenda shows the date it was deferred until.
alter table agenda_point add column deferred_until date;
