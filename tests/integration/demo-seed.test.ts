import { scopeOf } from "../support/world";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { getProductionProgress } from "@/lib/data/progress";
import { DEMO_PASSWORD } from "@/lib/demo/demo-plan";
import { seedDemo } from "@/lib/demo/seed-demo";
import { verifyPassword } from "@/lib/server/password";

describe("the demo seed", () => {
  it("loads a production whose performers are ahead, behind and finished", async () => {
    const db = await getDb();
    const result = await seedDemo(db, "2026-11-25");
    expect(result.seeded).toBe(true);

    const coordinator = await db.user.findUniqueOrThrow({ where: { email: "coordinator@demo.test" } });
    expect(await verifyPassword(DEMO_PASSWORD, coordinator.passwordHash)).toBe(true);
    const [production] = await db.production.findMany();
    const progress = await getProductionProgress(await scopeOf({ userId: coordinator.id }, production!.id), "2026-11-25");
    const byName = Object.fromEntries(progress.performers.map((p) => [p.name, p.goals.map((g) => g.status)]));
    expect(byName["Alex Rivera"]!.every((s) => s === "on_track" || s === "done")).toBe(true);
    expect(byName["Sam Okafor"]).toContain("behind");
    expect(byName["Jo Lindqvist"]!.every((s) => s === "done")).toBe(true);
  });

  it("does not load twice", async () => {
    const db = await getDb();
    expect(await seedDemo(db, "2026-11-25")).toEqual({ seeded: false, reason: "the demo accounts already exist" });
  });
});
