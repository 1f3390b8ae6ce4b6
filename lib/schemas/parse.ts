import type { z } from "zod";
import { ValidationError } from "../domain/errors";
import { fieldErrors } from "./field-errors";

/** Validate a payload with its shared schema, or throw the field errors (nothing is written). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  return result.data;
}
