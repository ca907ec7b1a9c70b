-- Each patient's data key, wrapped (AES-GCM) by the operator's master key, base64. Erasure sets wrapped_key to
-- null and erased_at: the row stays so that no key is ever made again for an erased patient. Back this table
-- up apart from the event store, with short retention (docs/data-rights.md).
create table patient_key (
    patient_id  uuid         not null primary key,
    wrapped_key varchar(100),
    created_at  timestamp with time zone not null,
    erased_at   timestamp with time zone
);
