-- Projects (with their tasks), conversations and messages are soft-deleted like persons and dates:
-- the rows stay (the audit log, recommendations and delivery history keep their subject) but no
-- read finds them again. A deleted project's tasks and a deleted conversation's messages are
-- marked with the same instant as their parent.

alter table projects add column deleted_at timestamptz;
alter table tasks add column deleted_at timestamptz;
alter table conversations add column deleted_at timestamptz;
alter table messages add column deleted_at timestamptz;

-- A client who writes again in the thread of a deleted conversation starts a new one there.
drop index idx_conversations_thread;
create unique index idx_conversations_thread
  on conversations (org_id, channel_type, external_thread_id)
  where external_thread_id is not null and deleted_at is null;
