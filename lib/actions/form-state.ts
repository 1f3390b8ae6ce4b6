import type { FieldErrors } from "../schemas/field-errors";

/** What a server action hands back to its form (useActionState). */
export interface FormState {
  status: "idle" | "success" | "error";
  message?: string;
  fields?: FieldErrors;
  /** The submitted values, so a refused form is shown as the user left it. */
  values?: Record<string, string>;
  /** A hard dose limit refused the entry: the form offers an override reason. */
  needsOverride?: boolean;
  /** A secret shown this once (a new API token): the server keeps only its hash. */
  secret?: string;
}

export const IDLE: FormState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
