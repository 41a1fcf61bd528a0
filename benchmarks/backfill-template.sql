-- The data of BackfillLoad (1,000,000 date items of 100,000 persons in six zones, one in ten a
-- last-weekday-of-the-month rule, each with a 14-day lead-time reminder), made once in a database
-- of its own so that each backfill to compare runs on a fresh copy of it:
--   createdb bf_gen && DATABASE_URL=…/bf_gen ./concierge-admin db migrate && psql -d bf_gen -f this
--   createdb -T bf_gen bf_run && DATABASE_URL=…/bf_run ./concierge-admin backfill next-occurrences \
--     --org 0b0b0b0b-0000-4000-8000-000000000001 --workers 2
begin;
insert into organizations (org_id, name)
values ('0b0b0b0b-0000-4000-8000-000000000001', 'Backfill load');
insert into persons (org_id, full_name, person_type, timezone)
select '0b0b0b0b-0000-4000-8000-000000000001', 'Person ' || n, 'client',
       (array['America/New_York', 'Europe/London', 'Asia/Kolkata',
              'Australia/Sydney', 'America/Los_Angeles', 'Australia/Lord_Howe'])[1 + n % 6]
from generate_series(1, 100000) n;
insert into date_items (org_id, person_id, title, date_value, recurrence_rule)
select p.org_id, p.person_id, 'Date ' || k,
       date '1950-01-01' + (abs(hashtext(p.person_id::text || k)) % 27000),
       case when k = 10 then 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' else 'FREQ=YEARLY' end
from persons p cross join generate_series(1, 10) k
where p.org_id = '0b0b0b0b-0000-4000-8000-000000000001';
insert into reminder_rules (org_id, person_id, date_item_id, reminder_type, lead_time_days)
select org_id, person_id, date_item_id, 'lead_time', 14 from date_items
where org_id = '0b0b0b0b-0000-4000-8000-000000000001';
commit;
vacuum analyze;
