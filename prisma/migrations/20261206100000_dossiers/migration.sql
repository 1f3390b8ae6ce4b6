-- CreateTable
CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "stuntId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_sha256_key" ON "Dossier"("sha256");

-- CreateIndex
CREATE INDEX "Dossier_productionId_stuntId_createdAt_idx" ON "Dossier"("productionId", "stuntId", "createdAt");


-- A sealed dossier never changes: its hash is printed on paper.
CREATE TRIGGER "Dossier_no_update" BEFORE UPDATE ON "Dossier"
BEGIN SELECT RAISE(ABORT, 'a sealed dossier cannot change'); END;
CREATE TRIGGER "Dossier_no_delete" BEFORE DELETE ON "Dossier"
BEGIN SELECT RAISE(ABORT, 'a sealed dossier cannot change'); END;
