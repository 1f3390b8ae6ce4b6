-- The record of setting changes is append-only, enforced by the database
-- itself (the SQLite migration of the same name does this with RAISE(ABORT) triggers).
CREATE FUNCTION "SettingChange_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the record of setting changes is append-only';
END;
$$;
CREATE TRIGGER "SettingChange_no_update" BEFORE UPDATE ON "SettingChange"
  FOR EACH ROW EXECUTE FUNCTION "SettingChange_refuse_change"();
CREATE TRIGGER "SettingChange_no_delete" BEFORE DELETE ON "SettingChange"
  FOR EACH ROW EXECUTE FUNCTION "SettingChange_refuse_change"();
