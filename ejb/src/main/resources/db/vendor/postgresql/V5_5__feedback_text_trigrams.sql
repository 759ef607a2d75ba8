-- Free-text search in the inbox is a case-insensitive substring match (lower(text) like '%…%').
-- A trigram index answers it without reading every row. pg_trgm ships with PostgreSQL and is a
-- trusted extension (13+), so the database owner may create it; where it cannot be created the
-- migration goes on without the index and the search stays a scan.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available (%): inbox free-text search scans the table', sqlerrm;
end
$$;
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index ix_feedback_text_trgm on feedback using gin (lower(text) gin_trgm_ops)';
    end if;
end
$$;
