-- The raising rule's @category, so that routes can match on it (issue 5). Null for alerts stored before.
alter table alert add column category varchar(64);
