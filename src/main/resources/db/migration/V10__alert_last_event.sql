-- Each alert's last history row, kept on the alert row by the pass's one writer (ledger.Ledger#write) and by
-- ledger.Untold, so that a pass reads it with the alert instead of looking each alert's history up
-- (docs/architecture.md, "The notifying pass"). Null until the alert has a history row.
alter table alert add column last_event_on date;
alter table alert add column last_decision varchar(16);
alter table alert add column last_reason text;
update alert set
    last_event_on = (select e.as_of from alert_event e where e.id =
        (select max(x.id) from alert_event x where x.fingerprint = alert.fingerprint)),
    last_decision = (select e.decision from alert_event e where e.id =
        (select max(x.id) from alert_event x where x.fingerprint = alert.fingerprint)),
    last_reason = (select e.reason from alert_event e where e.id =
        (select max(x.id) from alert_event x where x.fingerprint = alert.fingerprint));
-- The only look-up left into the history by fingerprint: the pass's check that every alert recorded as told has
-- its notice (fingerprint, as_of, decision), answered from this index alone; `alerts --history` (by fingerprint,
-- in id order) reads a handful of rows through it too.
drop index alert_event_fingerprint;
create index alert_event_notice on alert_event (fingerprint, as_of, decision);
