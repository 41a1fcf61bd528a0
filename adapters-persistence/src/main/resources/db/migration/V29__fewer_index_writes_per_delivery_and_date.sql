-- Fewer index writes for each delivered reminder and each date (issue 17): recording a delivery
-- inserts into every index of reminder_deliveries, and moving a date's next occurrence changes an
-- indexed column, so it is no HOT update and writes into every index of date_items.
--
-- (Merging each table's primary key (id) with its (org_id, id) key was tried and left: ids would
-- then be unique only per organization, and an upsert by a client-chosen id could give two
-- organizations' rows one id.)

-- Neither index had a reader: a rule's deliveries (its history, the Slack button's lookup by
-- provider message id) are found through reminder_deliveries_attempt (reminder_rule_id, …), a
-- handful of rows per rule; nothing lists an organization's deliveries by time.
drop index idx_reminder_deliveries_org;
drop index idx_reminder_deliveries_message;

-- Only dates with a category need finding by it (deleting a category checks that none uses it);
-- dates without one now skip this index.
drop index idx_date_items_category;
create index idx_date_items_category on date_items (category_id) where category_id is not null;
