-- Search across everything (GET /api/v1/search): full-text vectors kept by PostgreSQL itself in
-- generated columns, each with a GIN index, and trigram indexes for names, so a typo ("Sara Chenn")
-- still finds the person. Weights say where a word was found: A a name or title, B a description
-- or a note, C the catalogue's longer text, D a message; ts_rank_cd weighs them so.
--
-- pg_trgm ships with PostgreSQL's contrib (in the embedded server's binaries too) and is a trusted
-- extension since PostgreSQL 13: the database's owner may create it without being a superuser.
-- 'english' is given explicitly: with its configuration named, to_tsvector is immutable, as a
-- generated column needs.

create extension if not exists pg_trgm;

alter table persons add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', full_name), 'A')
  || setweight(to_tsvector('english', coalesce(preferred_name, '')), 'A')) stored;
create index idx_persons_search on persons using gin (search_vector) where deleted_at is null;
create index idx_persons_name_trigrams on persons
  using gin (full_name gin_trgm_ops, preferred_name gin_trgm_ops) where deleted_at is null;

alter table date_items add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', title), 'A')
  || setweight(to_tsvector('english', coalesce(notes, '')), 'B')) stored;
create index idx_date_items_search on date_items using gin (search_vector) where deleted_at is null;

alter table projects add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', title), 'A')
  || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index idx_projects_search on projects using gin (search_vector) where deleted_at is null;

alter table tasks add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', title), 'A')
  || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored;
create index idx_tasks_search on tasks using gin (search_vector) where deleted_at is null;

alter table conversations add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', coalesce(subject, '')), 'A')) stored;
create index idx_conversations_search on conversations using gin (search_vector)
  where deleted_at is null;

alter table messages add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', content), 'D')) stored;
create index idx_messages_search on messages using gin (search_vector) where deleted_at is null;

alter table recommendations add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', coalesce(title, '')), 'A')
  || setweight(to_tsvector('english', coalesce(notes, '')), 'B')) stored;
create index idx_recommendations_search on recommendations using gin (search_vector);

alter table resources add column search_vector tsvector generated always as (
  setweight(to_tsvector('english', name), 'A')
  || setweight(to_tsvector('english', coalesce(category, '') || ' ' || coalesce(city, '')), 'B')
  || setweight(to_tsvector('english', coalesce(description, '') || ' ' || coalesce(notes, '')), 'C'))
  stored;
create index idx_resources_search on resources using gin (search_vector) where deleted_at is null;
create index idx_resources_name_trigrams on resources using gin (name gin_trgm_ops)
  where deleted_at is null;
