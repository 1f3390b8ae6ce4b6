-- CreateTable
CREATE TABLE "SettingChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SettingChange_productionId_createdAt_idx" ON "SettingChange"("productionId", "createdAt");


-- Append-only, like the audit log (prisma/postgres/extras has the PostgreSQL version).
CREATE TRIGGER "SettingChange_no_update" BEFORE UPDATE ON "SettingChange"
BEGIN SELECT RAISE(ABORT, 'the record of setting changes is append-only'); END;
CREATE TRIGGER "SettingChange_no_delete" BEFORE DELETE ON "SettingChange"
BEGIN SELECT RAISE(ABORT, 'the record of setting changes is append-only'); END;
