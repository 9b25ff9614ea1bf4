-- Each outbox message's text in a table of its own, written once at enqueue and read once per attempt, so that
-- the status updates of delivery (claimed, then sent, retried or dead: two per message) rewrite a row of a few
-- hundred bytes instead of one that carries the whole message (28 KB for a typical digest). On H2, which stores a
-- row whole and rewrites it on every update, serialising those rows again was a sixth of the CPU samples of a
-- delivery run (docs/benchmarks.md, "Delivery through the outbox in every run").
create table outbox_message (
    outbox_id bigint primary key references outbox (id),
    message   text   not null  -- the RFC 5322 message, 7-bit (MIME-encoded), with its final Message-ID
);
insert into outbox_message (outbox_id, message) select id, message from outbox;
alter table outbox drop column message;
