-- The audit log is only ever added to, whoever asks the database: no row of it is changed or removed.
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event FOR EACH ROW
    CALL 'org.makemothersmatter.core.store.AppendOnly';
