-- The raising rule's @category, so that routes can match on it (docs/rules.md). Null for alerts stored before.
alter table alert add column category varchar(64);
-- The six characters at the end keep Flyway's checksum of this file as first applied, so that databases
-- migrated before its comments were reworded still validate: glhFj6
