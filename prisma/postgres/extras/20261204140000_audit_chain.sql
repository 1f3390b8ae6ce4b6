-- The chain is append-only, as the events are (the SQLite migration of the
-- same name does this with RAISE(ABORT) triggers).
CREATE TRIGGER "AuditChain_no_update" BEFORE UPDATE ON "AuditChain"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"();
CREATE TRIGGER "AuditChain_no_delete" BEFORE DELETE ON "AuditChain"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"();
