-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "unavailableUntil" TEXT;

-- CreateTable
CREATE TABLE "PlannedSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productionId" TEXT NOT NULL,
    "performerId" TEXT NOT NULL,
    "disciplineId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable (by hand: Prisma's diff rebuilds the table for a NOT NULL column; SQLite adds one with a constant
-- default in place)
ALTER TABLE "Discipline" ADD COLUMN "fromTakes" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "PlannedSession_productionId_performerId_date_idx" ON "PlannedSession"("productionId", "performerId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PlannedSession_performerId_disciplineId_date_key" ON "PlannedSession"("performerId", "disciplineId", "date");

