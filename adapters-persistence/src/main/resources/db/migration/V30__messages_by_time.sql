-- Search looks through an organization's newest messages first (JdbiSearchIndex): words common
-- in messages fill its candidates there at once, where the GIN index would first answer every
-- one of their 100,000 matches. In time order, so the newest are read first and together.
create index idx_messages_org_recent on messages (org_id, created_at desc)
  where deleted_at is null;
