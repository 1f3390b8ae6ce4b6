import "server-only";
import { AppError, LimitExceededError, ValidationError } from "../domain/errors";
import { validationMessage } from "../schemas/field-errors";
import type { FormState } from "./form-state";

/** Turn a data-layer error into form state; unexpected errors are logged and reported without detail. */
export function errorToFormState(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof ValidationError) return { status: "error", message: validationMessage(error.fields), fields: error.fields, values };
  if (error instanceof LimitExceededError) {
    return { status: "error", message: `${error.message}. Nothing was saved.`, values, needsOverride: true };
  }
  if (error instanceof AppError) return { status: "error", message: `${error.message}. Nothing was saved.`, values };
  console.error(error);
  return { status: "error", message: "Something went wrong on our side. Nothing was saved; try again.", values };
}
