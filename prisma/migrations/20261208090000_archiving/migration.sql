-- AlterTable
ALTER TABLE "Discipline" ADD COLUMN "archivedAt" DATETIME;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN "archivedAt" DATETIME;

