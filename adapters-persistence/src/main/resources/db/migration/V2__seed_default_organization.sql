-- The organization every installation starts with, and the six date categories of the spec.
-- Fixed ids keep demo data, docs and scripts stable across installations.

insert into organizations (org_id, name, default_timezone, reminder_send_time)
values ('00000000-0000-0000-0000-000000000001', 'Default Organization', 'America/New_York', '09:00');

insert into date_categories (category_id, org_id, category_name, icon, color)
values
  ('00000000-0000-0000-0001-000000000001', '00000000-0000-0000-0000-000000000001', 'Birthday', '🎂', '#FF6B6B'),
  ('00000000-0000-0000-0001-000000000002', '00000000-0000-0000-0000-000000000001', 'Anniversary', '💑', '#E64980'),
  ('00000000-0000-0000-0001-000000000003', '00000000-0000-0000-0000-000000000001', 'Club Renewal', '🎾', '#40C057'),
  ('00000000-0000-0000-0001-000000000004', '00000000-0000-0000-0000-000000000001', 'Property Maintenance', '🏠', '#FD7E14'),
  ('00000000-0000-0000-0001-000000000005', '00000000-0000-0000-0000-000000000001', 'School Event', '🎓', '#4C6EF5'),
  ('00000000-0000-0000-0001-000000000006', '00000000-0000-0000-0000-000000000001', 'Travel', '✈️', '#15AABF');
