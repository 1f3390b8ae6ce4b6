import type { z } from "zod";

import type { FieldErrors } from "../domain/errors";

export type { FieldErrors };

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  // The first message per field. Defined, not assigned: a key sent as "__proto__" is a field like any other,
  // and assigning it would set the object's prototype and lose the message.
  const first = (key: string, message: string) => {
    if (!Object.hasOwn(out, key)) Object.defineProperty(out, key, { value: message, enumerable: true, writable: true, configurable: true });
  };
  for (const issue of error.issues) {
    // A strict object names each key it does not know, so the client sees which field to drop.
    if (issue.code === "unrecognized_keys") {
      for (const unknownKey of issue.keys) first([...issue.path, unknownKey].join("."), `Unknown field "${unknownKey}"`);
      continue;
    }
    first(issue.path.length ? issue.path.join(".") : "_form", issue.message);
  }
  return out;
}

/**
 * The announced summary of a refusal: what is wrong, in words, not only "see
 * the highlighted fields" — a form may have no field to highlight (nothing
 * ticked in a list) and a screen reader hears the status, not the colours.
 */
export function validationMessage(fields: FieldErrors): string {
  const problems = [...new Set(Object.values(fields))].map((m) => m.replace(/\.$/, ""));
  if (problems.length === 0) return "Some fields need attention. Nothing was saved.";
  if (problems.length === 1) return `${problems[0]}. Nothing was saved.`;
  return `Check these: ${problems.join("; ")}. Nothing was saved.`;
}
