-- A sealed dossier never changes (the SQLite migration of the same name does
-- this with RAISE(ABORT) triggers).
CREATE TRIGGER "Dossier_no_update" BEFORE UPDATE ON "Dossier"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"();
CREATE TRIGGER "Dossier_no_delete" BEFORE DELETE ON "Dossier"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"();
