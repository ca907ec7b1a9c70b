-- Personal tokens expire (v1.1): when, for the "access" read model. Tokens issued before expire a year after
-- issue, as the projection writes on a rebuild too.
alter table personal_token add column expires_at timestamp with time zone;
update personal_token set expires_at = created_at + interval '365' day where expires_at is null;
alter table personal_token alter column expires_at set not null;

-- "Sign out everywhere" raises the account's credential epoch; a web session signed in under an older one ends.
alter table credential add column credential_epoch integer default 0 not null;
