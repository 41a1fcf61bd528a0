-- The portal's home page and the Failed tab of its reminders queue list an organization's failed
-- reminders by scheduled time. No index held them: each read scanned every rule of every
-- organization (a million rules: 0.9 s for an empty list). Failed rules are few and leave this
-- partial index when retried or sent, so it stays small and costs the delivery path little.
create index idx_reminder_rules_failed on reminder_rules (org_id, scheduled_datetime, reminder_rule_id)
  where failed_at is not null and sent_at is null and paused_at is null and deleted_at is null;
