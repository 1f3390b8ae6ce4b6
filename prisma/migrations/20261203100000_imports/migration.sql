-- AlterTable
ALTER TABLE "TrainingSession" ADD COLUMN "importSource" TEXT;
ALTER TABLE "TrainingSession" ADD COLUMN "importedAt" DATETIME;
ALTER TABLE "TrainingSession" ADD COLUMN "importedById" TEXT;

