-- Reminders can be paused (bulk operations, issue 16): a paused rule is never claimed by a
-- dispatcher and keeps its place in time; resuming clears paused_at and it is due again at its
-- scheduled time (at once, when that passed while it was paused).
alter table reminder_rules add column paused_at timestamptz;

-- The dispatcher's scan skips paused rules, so its partial index leaves them out as well: a claim
-- still reads only rows it can send, and pausing a rule takes it out of the index.
drop index idx_pending_reminders;
create index idx_pending_reminders on reminder_rules (scheduled_datetime, sent_at)
  where sent_at is null and failed_at is null and deleted_at is null and paused_at is null;

-- Delivery tracking: when the recipient first opened the link of an email reminder. The answer
-- they gave there (done) is the acknowledgement the Slack buttons record too.
alter table reminder_deliveries add column viewed_at timestamptz;
