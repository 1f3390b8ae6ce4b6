import { z } from "zod";
import { createDisciplineSchema, updateDisciplineSchema } from "../../discipline";
import { archiveGoalSchema, createGoalSchema, updateGoalSchema } from "../../goal";
import { currencyRuleSchema } from "../../currency";
import { doseLimitsSchema } from "../../limits";
import { disciplineCurrencyRule } from "../../responses/currency";
import { productionSettingsSchema } from "../../production-settings";
import { discipline, disciplineWithLimits, goal, goalArchived, performer, production, productionSettings, productionSummary, settingChange } from "../../responses/productions";
import type { ApiOperation } from "../operation";

const P = "/api/v1/productions/{productionId}";
const area = "Productions";

export const productionOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/productions",
    area,
    summary: "The productions one belongs to, with one's role in each",
    who: "signed in",
    responses: { 200: { description: "Productions by name", schema: z.array(productionSummary) } },
  },
  {
    method: "get",
    path: P,
    area,
    summary: "The production as the caller sees it: their role, and today on its calendar",
    who: "members",
    responses: { 200: { description: "The production and its policy", schema: production } },
  },
  {
    method: "patch",
    path: P,
    area,
    summary: "Whether a coordinator's entry for someone else counts as their signature",
    who: "coordinator",
    body: productionSettingsSchema,
    responses: { 200: { description: "The production's settings; the change is recorded", schema: productionSettings } },
  },
  {
    method: "get",
    path: `${P}/settings/changes`,
    area,
    summary: "Changes to dose limits and the sign-off policy, newest first (append-only)",
    who: "coordinator",
    responses: { 200: { description: "The latest 50 changes", schema: z.array(settingChange) } },
  },
  {
    method: "get",
    path: `${P}/performers`,
    area,
    summary: "The production's performers",
    who: "members",
    responses: { 200: { description: "Performers by name", schema: z.array(performer) } },
  },
  {
    method: "get",
    path: `${P}/disciplines`,
    area,
    summary: "The production's disciplines",
    who: "members",
    responses: { 200: { description: "Disciplines, oldest first", schema: z.array(discipline) } },
  },
  {
    method: "post",
    path: `${P}/disciplines`,
    area,
    summary: "Add a discipline",
    who: "coordinator",
    body: createDisciplineSchema,
    responses: { 201: { description: "The new discipline", schema: discipline } },
    errors: { 409: "Created at the same moment by another request" },
  },
  {
    method: "patch",
    path: `${P}/disciplines/{disciplineId}`,
    area,
    summary: "Rename a discipline, change its unit or whether takes count as its reps; or archive or restore it",
    description:
      "The fields sent change; the rest stay. Its entries, goals and limits stay with it. A name another discipline of the production has is a 400 naming `name`. " +
      "`{ archived: true }` (alone) archives it with its active goals: nothing new is logged to it and no goal is set in it, its entries stay in every logbook; `{ archived: false }` restores it (its goals stay archived). Sending the state it has changes nothing. Audited.",
    who: "coordinator",
    body: updateDisciplineSchema,
    responses: { 200: { description: "The discipline as changed", schema: discipline } },
  },
  {
    method: "put",
    path: `${P}/disciplines/{disciplineId}/limits`,
    area,
    summary: "Set a discipline's dose limits",
    description: "Every key is required: a limit is a whole number or null (cleared), `hard` is true or false; a missing, mistyped or unknown key is a 400 and changes nothing. Every change is recorded.",
    who: "coordinator",
    body: doseLimitsSchema,
    responses: { 200: { description: "The discipline with its limits", schema: disciplineWithLimits } },
  },
  {
    method: "put",
    path: `${P}/disciplines/{disciplineId}/currency`,
    area,
    summary: "Set or clear a discipline's currency rule",
    description: "`{ count, days }`: a performer is current while at least `count` reps fall within the last `days` days; `{}` clears the rule. One without the other, or an unknown key, is a 400 and changes nothing. Every change is recorded with the other safety settings.",
    who: "coordinator",
    body: currencyRuleSchema,
    responses: { 200: { description: "The discipline with its rule", schema: disciplineCurrencyRule } },
  },
  {
    method: "post",
    path: `${P}/goals`,
    area,
    summary: "Set a performer a goal in a discipline",
    description: "A performer has at most one active goal per discipline: a second is a 400 naming `disciplineId` (edit the first, or archive it). An archived discipline takes no goal.",
    who: "coordinator",
    body: createGoalSchema,
    responses: { 201: { description: "The new goal", schema: goal } },
  },
  {
    method: "patch",
    path: `${P}/goals/{goalId}`,
    area,
    summary: "Archive a goal, or restore it",
    description:
      "`{ archived: true }`: off every progress view, forecast and verdict; its totals and audit trail stay. `{ archived: false }` restores it, refused (409) while the performer has another active goal in the discipline or the discipline is archived. Sending the state it has changes nothing. Audited.",
    who: "coordinator",
    body: archiveGoalSchema,
    responses: { 200: { description: "The goal's archive state", schema: goalArchived } },
    errors: { 409: "Restoring while another goal in the discipline is active, or the discipline is archived" },
  },
  {
    method: "put",
    path: `${P}/goals/{goalId}`,
    area,
    summary: "Change a goal's target, dates and milestones",
    description: "The whole of them: milestones left out are removed. The goal's performer and discipline stay; an archived goal is a 409 (restore it first). Progress and milestone days are recomputed at once; the change is audited with the goal before and after.",
    who: "coordinator",
    body: updateGoalSchema,
    responses: { 200: { description: "The goal as changed", schema: goal } },
  },
  {
    method: "get",
    path: `${P}/events`,
    area,
    summary: "Live changes: `event: change` with `{ kind, at }` on every logged, verified or rejected session",
    description: "Server-sent events; a heartbeat comment every 20 s. The stream closes once the caller's session or membership ends.",
    who: "coordinator, viewer",
    responses: { 200: { description: "An event stream", mediaType: "text/event-stream", schema: z.string() } },
  },
];
