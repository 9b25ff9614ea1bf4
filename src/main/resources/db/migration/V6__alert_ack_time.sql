-- When an alert was acknowledged, so that a second acknowledgement can say "already acknowledged by X at T".
alter table alert add column ack_at timestamp with time zone;
