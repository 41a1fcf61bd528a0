-- Staff log phone calls as conversations, so a conversation may be on every channel a person can
-- be reached on (comm_identities already allows 'phone').
alter table conversations drop constraint conversations_channel_type_check;
alter table conversations add constraint conversations_channel_type_check
  check (channel_type in ('slack', 'email', 'sms', 'phone', 'web'));
