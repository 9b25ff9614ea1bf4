-- Which alerts each outbox message tells, written with the message: a message the mail server refuses as too
-- large returns exactly these alerts to "not told" (docs/delivery.md, "A digest refused as too large").
create table outbox_notice (
    outbox_id   bigint      not null,
    fingerprint varchar(64) not null,
    told_on     date        not null,   -- the day the pass recorded it as told (alert.last_notified)
    primary key (outbox_id, fingerprint)
);

-- The largest message each mail server takes, learned from its EHLO SIZE (RFC 1870) or from a refusal: a
-- digest's size budget is mail.max-message-bytes or this, whichever is smaller.
create table mail_size_limit (
    server     varchar(300) primary key,   -- the transport's description, "smtp host:port (security)"
    max_bytes  integer      not null,
    learned_at timestamp with time zone not null
);
