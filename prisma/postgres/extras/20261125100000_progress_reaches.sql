-- Backfill: the first day each goal's running total reached its target and
-- each milestone, over its counting sessions (see lib/data/goal-reaches.ts).
INSERT INTO "GoalReach" ("goalId", "count", "reachedOn")
WITH daily AS (
  SELECT g."id" AS "goalId", s."date" AS "date",
         SUM(SUM(s."count")) OVER (PARTITION BY g."id" ORDER BY s."date") AS "cumulative"
    FROM "Goal" g
    JOIN "TrainingSession" s
      ON s."productionId" = g."productionId" AND s."performerId" = g."performerId"
     AND s."disciplineId" = g."disciplineId" AND s."date" >= g."startDate"
     AND s."status" IN ('pending', 'verified')
   GROUP BY g."id", s."date"
),
thresholds AS (
  SELECT "id" AS "goalId", "target" AS "count" FROM "Goal"
  UNION
  SELECT "goalId", "count" FROM "GoalMilestone"
)
SELECT t."goalId", t."count", MIN(d."date")
  FROM thresholds t
  JOIN daily d ON d."goalId" = t."goalId" AND d."cumulative" >= t."count"
 GROUP BY t."goalId", t."count";
