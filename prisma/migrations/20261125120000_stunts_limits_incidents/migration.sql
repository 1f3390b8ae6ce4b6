-- AlterTable
ALTER TABLE "TrainingSession" ADD COLUMN "limitOverrideReason" TEXT;

-- CreateTable
CREATE TABLE "Stunt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plannedDate" TEXT,
    "description" TEXT,
    "performerIds" TEXT NOT NULL,
    "disciplineIds" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Take" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "stuntId" TEXT NOT NULL,
    "performerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "outcome" TEXT NOT NULL,
    "notes" TEXT,
    "loggedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Take_stuntId_fkey" FOREIGN KEY ("stuntId") REFERENCES "Stunt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReadinessCheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "performerId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "sleep" INTEGER NOT NULL,
    "soreness" INTEGER NOT NULL,
    "fatigue" INTEGER NOT NULL,
    "stress" INTEGER NOT NULL,
    "mood" INTEGER NOT NULL,
    "note" TEXT,
    "loggedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "performerId" TEXT,
    "severity" TEXT NOT NULL,
    "sessionId" TEXT,
    "takeId" TEXT,
    "stuntId" TEXT,
    "description" TEXT NOT NULL,
    "followUp" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "reportedById" TEXT NOT NULL,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Discipline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "maxPerDay" INTEGER,
    "maxPer7Days" INTEGER,
    "minRestDays" INTEGER,
    "limitsAreHard" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Discipline_productionId_fkey" FOREIGN KEY ("productionId") REFERENCES "Production" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Discipline" ("createdAt", "id", "name", "productionId", "unit") SELECT "createdAt", "id", "name", "productionId", "unit" FROM "Discipline";
DROP TABLE "Discipline";
ALTER TABLE "new_Discipline" RENAME TO "Discipline";
CREATE UNIQUE INDEX "Discipline_productionId_name_key" ON "Discipline"("productionId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Stunt_productionId_idx" ON "Stunt"("productionId");

-- CreateIndex
CREATE UNIQUE INDEX "Take_stuntId_number_key" ON "Take"("stuntId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessCheckIn_productionId_performerId_date_key" ON "ReadinessCheckIn"("productionId", "performerId", "date");

-- CreateIndex
CREATE INDEX "Incident_productionId_performerId_idx" ON "Incident"("productionId", "performerId");

-- CreateIndex
CREATE INDEX "Incident_productionId_stuntId_idx" ON "Incident"("productionId", "stuntId");

