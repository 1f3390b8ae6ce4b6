-- AlterTable
ALTER TABLE "TrainingSession" ADD COLUMN "rpe" INTEGER;

