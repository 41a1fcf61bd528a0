-- A dispatcher's claim (the lease and the attempt count) changes no indexed column, so it can be a
-- HOT update, which writes no index entry, but only if the row's new version fits on its page. A
-- claim takes due rules in time order, so every rule of a page is claimed in the same round; at
-- fillfactor 80 a page had room for about a fifth of their new versions, and DeliveryLoad measured
-- 21 % of the rules' updates HOT (docs/PERFORMANCE.md, "Reminder delivery: the CLI's start-up and
-- HOT claims"). Half a page free holds a new version of every rule on it. Marking a rule sent stays
-- a non-HOT update (sent_at is in the pending index), which moves the row to a page with room.
--
-- Pages written from now on follow the new setting; existing ones as their rows move.
alter table reminder_rules set (fillfactor = 50);

-- Recording a delivery checked its identity against comm_identities, which takes a row lock on the
-- identity (a write to its page) per delivery, shared by every reminder of one person; the same
-- trade as V5 made for organizations. Only the dispatcher writes deliveries, with the identity it
-- read from comm_identities when it claimed the rule (the rule's, or its person's primary one); the
-- delivery keeps the recipient as text too; and identities are soft-deleted, never removed.
alter table reminder_deliveries drop constraint reminder_deliveries_org_id_comm_identity_id_fkey;
