// The demo production (lib/demo: three performers, a coordinator and a
// producer who views, eight months of training) as the read path's small
// team, next to the 200-performer bench production.

import { dayInTimeZone } from "../lib/domain/calendar-day";
import { createPrismaClient } from "../lib/server/db-client";
import { DEMO_USERS } from "../lib/demo/demo-plan";
import { seedDemo } from "../lib/demo/seed-demo";

export interface ReadTarget {
  label: string;
  productionId: string;
  viewer: { id: string; name: string; email: string };
  performers: number;
  sessions: number;
}

export async function seedDemoProduction(url: string): Promise<ReadTarget> {
  const db = createPrismaClient(url);
  try {
    // The day the demo app itself would use (scripts/start.ts).
    await seedDemo(db, dayInTimeZone(new Date(), "Europe/Oslo"));
    const email = DEMO_USERS.find((u) => u.role === "viewer")!.email;
    const viewer = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, name: true, email: true, memberships: { select: { productionId: true } } },
    });
    const productionId = viewer.memberships[0]!.productionId;
    const [performers, sessions] = await Promise.all([
      db.membership.count({ where: { productionId, role: "performer" } }),
      db.trainingSession.count({ where: { productionId } }),
    ]);
    return { label: "demo", productionId, viewer: { id: viewer.id, name: viewer.name, email: viewer.email }, performers, sessions };
  } finally {
    await db.$disconnect();
  }
}
