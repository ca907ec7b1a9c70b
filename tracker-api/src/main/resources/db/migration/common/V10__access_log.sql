-- Who looked at a patient's data, and what: an audit log, not a read model. A physiotherapist opening a share
-- link (and later a clinician) is recorded here in the request's own transaction, never in the patient's event
-- stream (docs/adr/0005-accesses-are-an-audit-log.md). A rebuild of the read models leaves it alone.
create table access_log (
    access_id   uuid         not null primary key,
    patient_id  uuid         not null,
    -- SHARE_LINK (actor_id: the share's id); CLINICIAN later
    actor_kind  varchar(20)  not null,
    actor_id    uuid         not null,
    accessed_at timestamp with time zone not null,
    viewed      varchar(20)  not null,
    detail      varchar(100),
    -- coarse: "Firefox on Android", never the whole user agent or the address
    client      varchar(40)
);
create index access_log_by_actor on access_log (actor_kind, actor_id, accessed_at);
create index access_log_by_patient on access_log (patient_id, accessed_at);

-- the first build recorded accesses as events, projected into share_access: their rows move here (a replay of
-- those events writes the same rows again, which are then skipped)
insert into access_log (access_id, patient_id, actor_kind, actor_id, accessed_at, viewed, detail)
select access_id, patient_id, 'SHARE_LINK', share_id, accessed_at, viewed, detail from share_access;
drop table share_access;

-- the share links' accesses under their old name and shape, for reading
create view share_access as
select access_id, actor_id as share_id, patient_id, accessed_at, viewed, detail
from access_log where actor_kind = 'SHARE_LINK';
