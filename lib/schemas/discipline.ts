import { z } from "zod";
import { requiredText } from "./fields";

export const createDisciplineSchema = z.object({
  name: requiredText("Name", 60),
  unit: requiredText("Unit", 30),
  /** A jump discipline (skydive, HALO, BASE…): its entries may carry one row per jump. A form's checkbox sends "on". */
  recordsJumps: z.preprocess((v) => (v === "on" ? true : v === undefined || v === "" ? false : v), z.boolean({ error: "Records jumps must be true or false" })).optional(),
  /** Takes recorded on set count as reps of it (a "take attempt" discipline): each take of a stunt it prepares logs a verified rep. */
  fromTakes: z.preprocess((v) => (v === "on" ? true : v === undefined || v === "" ? false : v), z.boolean({ error: "Counts takes must be true or false" })).optional(),
});

export type CreateDisciplineInput = z.infer<typeof createDisciplineSchema>;

/**
 * Rename a discipline, change its unit or whether takes count as its reps (the
 * fields sent change, the rest stay); or archive (`archived: true`) or restore
 * it — alone, since archiving is its own audited event.
 */
export const updateDisciplineSchema = z
  .strictObject({
    name: requiredText("Name", 60).optional(),
    unit: requiredText("Unit", 30).optional(),
    fromTakes: z.preprocess((v) => (v === "on" ? true : v === "" ? false : v), z.boolean({ error: "Counts takes must be true or false" })).optional(),
    archived: z.boolean({ error: "Archived must be true or false" }).optional(),
  })
  .refine((d) => d.name !== undefined || d.unit !== undefined || d.fromTakes !== undefined || d.archived !== undefined, { error: "Send a name, a unit, fromTakes or archived to change" })
  .refine((d) => d.archived === undefined || (d.name === undefined && d.unit === undefined && d.fromTakes === undefined), {
    path: ["archived"],
    error: "Archive or restore a discipline on its own, without other changes",
  });
