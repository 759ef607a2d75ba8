-- Names kept in English and German: seeded touchpoint types and information items get their
-- German name at start-up (admins may change or clear it; an empty one means "none"), surveys a
-- German title beside the English one. Pages show the German one to German readers; the API
-- keeps the English name and adds the German one.
alter table touchpoint_type add column name_de varchar(120);
alter table information_item add column name_de varchar(120);
alter table survey add column name_de varchar(160);

-- A skipped invitation's figures (counts, days, the time of the earlier invitation or complaint)
-- as a JSON array, so its reason can be written in the reader's language with times formatted;
-- skip_detail keeps the English text (and is all older rows have).
alter table survey_invitation add column skip_figures varchar(300);
