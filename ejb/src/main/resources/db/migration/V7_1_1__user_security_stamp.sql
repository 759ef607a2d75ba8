-- Changes with every change of a user's roles, enabled flag or password: signed-in sessions and
-- cached API credentials compare it on every request, on every node, so a change takes effect at once.
alter table app_user add column security_stamp bigint default 0 not null;
