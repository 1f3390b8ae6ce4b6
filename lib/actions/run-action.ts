import "server-only";
import { revalidatePath } from "next/cache";
import { requireActor } from "../auth/actor";
import { getProductionScope } from "../auth/scope";
import type { Actor } from "../domain/actor";
import type { ProductionScope } from "../domain/scope";
import { formValues, type FormState } from "./form-state";
import { errorToFormState } from "./to-form-state";

// Every server action is a public endpoint (a direct POST reaches it), so each
// runs through one of these: resolve the session (and the production scope)
// on the server, call the data layer — which checks the role and validates
// with the shared schema — refresh what changed, and turn any refusal into
// form state with the submitted values kept.

type Outcome = string | Omit<FormState, "values">;

function toState(outcome: Outcome): FormState {
  return typeof outcome === "string" ? { status: "success", message: outcome } : outcome;
}

interface Options {
  /** Echo the submitted values back on error (never for passwords). */
  keepValues?: boolean;
}

/** An action inside a production: `write` gets the caller's scope and the form's values. */
export async function productionAction(
  productionId: string,
  formData: FormData | Record<string, string> | null,
  write: (scope: ProductionScope, values: Record<string, string>) => Promise<Outcome>,
  { keepValues = true }: Options = {},
): Promise<FormState> {
  const values = formData instanceof FormData ? formValues(formData) : (formData ?? {});
  try {
    const outcome = await write(await getProductionScope(productionId), values);
    revalidatePath(`/productions/${productionId}`, "layout");
    return toState(outcome);
  } catch (error) {
    return errorToFormState(error, keepValues && formData ? values : undefined);
  }
}

/** An action on the signed-in person's own account. */
export async function accountAction(
  formData: FormData,
  write: (actor: Actor, values: Record<string, string>) => Promise<Outcome>,
  { keepValues = true }: Options = {},
): Promise<FormState> {
  const values = formValues(formData);
  try {
    const outcome = await write(await requireActor(), values);
    revalidatePath("/", "layout");
    return toState(outcome);
  } catch (error) {
    return errorToFormState(error, keepValues ? values : undefined);
  }
}
