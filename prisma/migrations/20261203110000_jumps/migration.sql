-- AlterTable
ALTER TABLE "GoalMilestone" ADD COLUMN "freefallMinutes" INTEGER;

-- CreateTable
CREATE TABLE "Jump" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "performerId" TEXT NOT NULL,
    "jumpNumber" INTEGER NOT NULL,
    "exitAltitudeFt" INTEGER,
    "deploymentAltitudeFt" INTEGER,
    "freefallSeconds" INTEGER,
    "jumpType" TEXT,
    "aircraft" TEXT,
    "dropzone" TEXT,
    "equipment" TEXT,
    "landingDistanceM" INTEGER,
    "notes" TEXT,
    CONSTRAINT "Jump_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "recordsJumps" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Discipline_productionId_fkey" FOREIGN KEY ("productionId") REFERENCES "Production" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Discipline" ("createdAt", "id", "limitsAreHard", "maxPer7Days", "maxPerDay", "minRestDays", "name", "productionId", "unit") SELECT "createdAt", "id", "limitsAreHard", "maxPer7Days", "maxPerDay", "minRestDays", "name", "productionId", "unit" FROM "Discipline";
DROP TABLE "Discipline";
ALTER TABLE "new_Discipline" RENAME TO "Discipline";
CREATE UNIQUE INDEX "Discipline_productionId_name_key" ON "Discipline"("productionId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Jump_sessionId_idx" ON "Jump"("sessionId");

-- CreateIndex
CREATE INDEX "Jump_productionId_performerId_jumpNumber_idx" ON "Jump"("productionId", "performerId", "jumpNumber");

