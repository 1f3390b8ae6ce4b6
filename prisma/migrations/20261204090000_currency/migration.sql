-- AlterTable
ALTER TABLE "Discipline" ADD COLUMN "currencyCount" INTEGER;
ALTER TABLE "Discipline" ADD COLUMN "currencyDays" INTEGER;

