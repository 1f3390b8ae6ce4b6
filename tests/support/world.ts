// A small production built for permission and progress tests, plus a second
// production whose coordinator is an outsider to the first.

import type { Actor } from "@/lib/domain/actor";
import type { Db } from "@/lib/server/db-client";
import { loadProductionScope } from "@/lib/data/scope";
import type { ProductionScope } from "@/lib/domain/scope";

export interface World {
  productionId: string;
  otherProductionId: string;
  coordinator: Actor;
  performer1: Actor;
  performer2: Actor;
  viewer: Actor;
  outsider: Actor;
  motorbike: string;
  skydive: string;
  otherDiscipline: string;
  goalId: string;
}

let counter = 0;

async function user(db: Db, name: string): Promise<Actor> {
  counter += 1;
  const row = await db.user.create({
    data: { email: `${name.toLowerCase().replace(/ /g, "-")}-${counter}@test.test`, name, passwordHash: "scrypt$unused" },
    select: { id: true },
  });
  return { userId: row.id };
}

export async function createWorld(db: Db, options: { coordinatorLogsAreVerified?: boolean } = {}): Promise<World> {
  const production = await db.production.create({
    data: { name: "Test Production", timeZone: "Europe/Oslo", coordinatorLogsAreVerified: options.coordinatorLogsAreVerified ?? true },
  });
  const other = await db.production.create({ data: { name: "Other Production", timeZone: "UTC" } });
  const [coordinator, performer1, performer2, viewer, outsider] = await Promise.all(
    ["Coordinator", "Performer One", "Performer Two", "Viewer", "Outsider"].map((n) => user(db, n)),
  );
  const members: [Actor, string, string][] = [
    [coordinator!, production.id, "coordinator"],
    [performer1!, production.id, "performer"],
    [performer2!, production.id, "performer"],
    [viewer!, production.id, "viewer"],
    [outsider!, other.id, "coordinator"],
  ];
  for (const [actor, productionId, role] of members) {
    await db.membership.create({ data: { userId: actor.userId, productionId, role } });
  }
  const motorbike = await db.discipline.create({ data: { productionId: production.id, name: "Motorbike jump", unit: "jump" } });
  const skydive = await db.discipline.create({ data: { productionId: production.id, name: "Skydive", unit: "jump" } });
  const otherDiscipline = await db.discipline.create({ data: { productionId: other.id, name: "Skydive", unit: "jump" } });
  const goal = await db.goal.create({
    data: {
      productionId: production.id,
      performerId: performer1!.userId,
      disciplineId: skydive.id,
      target: 500,
      startDate: "2026-01-01",
      deadline: "2026-12-31",
      milestones: { create: [{ name: "A licence", count: 25 }, { name: "B licence", count: 50 }] },
    },
  });
  return {
    productionId: production.id,
    otherProductionId: other.id,
    coordinator: coordinator!,
    performer1: performer1!,
    performer2: performer2!,
    viewer: viewer!,
    outsider: outsider!,
    motorbike: motorbike.id,
    skydive: skydive.id,
    otherDiscipline: otherDiscipline.id,
    goalId: goal.id,
  };
}

/** An actor's scope in a production, as a request would resolve it (404 for an outsider). */
export function scopeOf(actor: Actor, productionId: string, now?: Date): Promise<ProductionScope> {
  return loadProductionScope(actor, productionId, now);
}
