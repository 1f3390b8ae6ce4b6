-- CreateTable
CREATE TABLE "GoalTotal" (
    "goalId" TEXT NOT NULL PRIMARY KEY,
    "done" INTEGER NOT NULL,
    "verified" INTEGER NOT NULL,
    CONSTRAINT "GoalTotal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SignInFailure_key_at_idx" ON "SignInFailure"("key", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");


-- Backfill the running totals of existing goals, with the rule of
-- countingJoin in lib/data/sql-fragments.ts (verified, or pending and not a
-- correction; from the goal's start date).
INSERT INTO "GoalTotal" ("goalId", "done", "verified")
SELECT g."id",
       COALESCE(SUM(s."count"), 0),
       COALESCE(SUM(CASE WHEN s."status" = 'verified' THEN s."count" ELSE 0 END), 0)
  FROM "Goal" g
  LEFT JOIN "TrainingSession" s
    ON s."productionId" = g."productionId"
   AND s."performerId" = g."performerId"
   AND s."disciplineId" = g."disciplineId"
   AND s."date" >= g."startDate"
   AND (s."status" = 'verified' OR (s."status" = 'pending' AND s."correctsId" IS NULL))
 GROUP BY g."id";
