-- CreateTable
CREATE TABLE "AuditChain" (
    "eventId" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditChain_productionId_seq_key" ON "AuditChain"("productionId", "seq");


-- The chain is append-only, as the events are.
CREATE TRIGGER "AuditChain_no_update" BEFORE UPDATE ON "AuditChain"
BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END;
CREATE TRIGGER "AuditChain_no_delete" BEFORE DELETE ON "AuditChain"
BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END;
