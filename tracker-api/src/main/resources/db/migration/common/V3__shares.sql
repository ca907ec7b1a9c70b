-- Processing group "access": share links and every use of them, written with the command that records them.
create table share_link (
    share_id    uuid         not null primary key,
    patient_id  uuid         not null,
    recipient   varchar(100) not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    expired_at  timestamp with time zone
);
create index share_link_by_patient on share_link (patient_id);
create index share_link_to_expire on share_link (expires_at);

create table share_access (
    access_id   uuid        not null primary key,
    share_id    uuid        not null,
    patient_id  uuid        not null,
    accessed_at timestamp with time zone not null,
    viewed      varchar(10) not null,
    detail      varchar(100)
);
create index share_access_by_share on share_access (share_id, accessed_at);
