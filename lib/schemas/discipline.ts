import { z } from "zod";
import { requiredText } from "./fields";

export const createDisciplineSchema = z.object({
  name: requiredText("Name", 60),
  unit: requiredText("Unit", 30),
});

export type CreateDisciplineInput = z.infer<typeof createDisciplineSchema>;
