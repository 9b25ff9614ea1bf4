-- The day each alert row's message was written (ledger.Ledger#write). Rules' messages count days ("ends in 12
-- days"), so keeping the message current would rewrite nearly every firing alert's row every day; the pass
-- writes it only with a row it writes anyway (new, told, severity or state changed), and readers show an older
-- message with its day (docs/architecture.md, "The notifying pass"). Until now every pass rewrote a changed
-- message: a firing row's message is the latest evaluation's, a resolved row's its last day seen.
alter table alert add column message_on date;
update alert set message_on = case when state = 'firing' then
    coalesce((select max(e.as_of) from evaluation e), last_seen) else last_seen end;
