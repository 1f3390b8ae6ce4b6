-- AlterTable
ALTER TABLE "Production" ADD COLUMN "verifierCredentialKind" TEXT;

-- AlterTable
ALTER TABLE "TrainingSession" ADD COLUMN "witnessLicence" TEXT;
ALTER TABLE "TrainingSession" ADD COLUMN "witnessName" TEXT;

-- CreateTable
CREATE TABLE "Credential" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "number" TEXT,
    "issuedOn" TEXT,
    "expiresOn" TEXT,
    "scanName" TEXT,
    "scanType" TEXT,
    "scan" BLOB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Equipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" TEXT,
    "serviceIntervalDays" INTEGER,
    "lastServiceOn" TEXT,
    "expiresOn" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WitnessRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "requestedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "witnessName" TEXT,
    "witnessLicence" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Stunt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plannedDate" TEXT,
    "description" TEXT,
    "performerIds" TEXT NOT NULL,
    "disciplineIds" TEXT NOT NULL,
    "equipmentIds" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Stunt" ("createdAt", "description", "disciplineIds", "id", "name", "performerIds", "plannedDate", "productionId") SELECT "createdAt", "description", "disciplineIds", "id", "name", "performerIds", "plannedDate", "productionId" FROM "Stunt";
DROP TABLE "Stunt";
ALTER TABLE "new_Stunt" RENAME TO "Stunt";
CREATE INDEX "Stunt_productionId_idx" ON "Stunt"("productionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Credential_productionId_userId_idx" ON "Credential"("productionId", "userId");

-- CreateIndex
CREATE INDEX "Equipment_productionId_idx" ON "Equipment"("productionId");

-- CreateIndex
CREATE UNIQUE INDEX "WitnessRequest_tokenHash_key" ON "WitnessRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "WitnessRequest_productionId_sessionId_idx" ON "WitnessRequest"("productionId", "sessionId");

