import { z } from "zod";
import { CREDENTIAL_KINDS } from "../../domain/credentials";
import { ROLES } from "../../domain/permissions";
import { count, day, id, instant, nullableText } from "./common";

export const role = z.enum(ROLES);

export const productionSummary = z.object({ id, name: z.string(), role, timeZone: z.string() }).meta({ id: "ProductionSummary" });

const verifierCredentialKind = z
  .enum(CREDENTIAL_KINDS)
  .nullable()
  .describe("Verifiers must hold a valid credential of this kind; null: anyone who may verify");

export const production = z
  .object({ id, name: z.string(), timeZone: z.string(), role, coordinatorLogsAreVerified: z.boolean(), verifierCredentialKind, today: day })
  .meta({ id: "Production" });

export const productionSettings = z
  .object({ id, name: z.string(), timeZone: z.string(), coordinatorLogsAreVerified: z.boolean(), verifierCredentialKind })
  .meta({ id: "ProductionSettings" });

export const settingChange = z
  .object({
    id,
    at: instant,
    actorId: id,
    actor: z.string(),
    subject: z.enum(["discipline-limits", "discipline-currency", "production-policy"]),
    subjectId: id,
    subjectName: z.string(),
    before: z.unknown().describe("The values before the change (limits, currency rule or policy)"),
    after: z.unknown().describe("The values after the change"),
  })
  .meta({ id: "SettingChange" });

export const performer = z.object({ performerId: id, name: z.string() }).meta({ id: "Performer" });

export const discipline = z
  .object({
    id,
    name: z.string(),
    unit: z.string(),
    recordsJumps: z.boolean().describe("A jump discipline: its entries may carry one row per jump"),
    fromTakes: z.boolean().describe("Takes recorded on set count as reps of it: each take of a stunt it prepares logs a verified rep"),
    archivedAt: instant.nullable().describe("When it was archived (no longer trained: nothing new is logged to it, no goal set in it); null: trained now"),
  })
  .meta({ id: "Discipline" });

const limit = z.number().int().nullable();
export const doseLimits = z.object({ maxPerDay: limit, maxPer7Days: limit, minRestDays: limit, hard: z.boolean() });

export const disciplineWithLimits = z.object({ id, name: z.string(), unit: z.string(), limits: doseLimits }).meta({ id: "DisciplineWithLimits" });

export const goal = z
  .object({
    goalId: id,
    performerId: id,
    disciplineId: id,
    target: count,
    startDate: day,
    deadline: day,
    milestones: z.array(z.object({ name: z.string(), count, freefallMinutes: count.nullable() })),
  })
  .meta({ id: "Goal" });

export const goalArchived = z
  .object({ goalId: id, archived: z.boolean(), archivedAt: instant.nullable().describe("When it was archived; null: active") })
  .meta({ id: "GoalArchived" });

export const member = z.object({ userId: id, name: z.string(), email: z.string(), role, performs: z.boolean() }).meta({ id: "Member" });

export const invited = z.object({
  email: z.string(),
  role,
  status: z.literal("invited"),
  temporaryPassword: z.string().describe("Signs in only an address without an account; shown once"),
});

export const memberRemoved = z.object({ userId: id, removed: z.literal(true) });
export const memberRoleChanged = z.object({ userId: id, role: z.enum(["coordinator", "performer", "viewer"]), performs: z.boolean() });
export const passwordReset = z.object({ userId: id, temporaryPassword: z.string() });

export const invitation = z
  .object({ id, productionId: id, productionName: z.string(), role, performs: z.boolean(), invitedBy: nullableText, invitedAt: instant })
  .meta({ id: "Invitation" });
export const invitationAccepted = z.object({ id, productionId: id, status: z.literal("accepted") });
export const invitationDeclined = z.object({ id, status: z.literal("declined") });

export const apiToken = z
  .object({ id, name: z.string(), scope: z.enum(["read", "write"]), createdAt: instant, expiresAt: instant, lastUsedAt: instant.nullable() })
  .meta({ id: "ApiToken" });
export const createdApiToken = apiToken.extend({ token: z.string().describe("sbk_…: shown this once, never again") });
export const apiTokenRevoked = z.object({ id, revoked: z.literal(true) });
