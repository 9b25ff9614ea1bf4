-- One row that every notifying pass locks (SELECT ... FOR UPDATE) before it reads the ledger: two passes at the
-- same time (a daemon and an `evaluate --notify` on a shared database) run one after the other, so that the
-- second sees what the first decided instead of deciding the same notices again.
create table pass_lock (
    id integer primary key
);
insert into pass_lock (id) values (1);
