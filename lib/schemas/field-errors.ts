import type { z } from "zod";

import type { FieldErrors } from "../domain/errors";

export type { FieldErrors };

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    // A strict object names each key it does not know, so the client sees which field to drop.
    if (issue.code === "unrecognized_keys") {
      for (const unknownKey of issue.keys) out[[...issue.path, unknownKey].join(".")] ??= `Unknown field "${unknownKey}"`;
      continue;
    }
    const key = issue.path.length ? issue.path.join(".") : "_form";
    out[key] ??= issue.message;
  }
  return out;
}
