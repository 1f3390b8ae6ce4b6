import { z } from "zod";
import { API_TOKEN_SCOPES, MAX_TOKEN_DAYS, MIN_TOKEN_DAYS } from "../domain/api-token";
import { requiredText, wholeNumber } from "./fields";

/** A new personal API token: `POST /api/v1/tokens` and the profile page's form. */
export const createApiTokenSchema = z.object({
  name: requiredText("Name", 80),
  scope: z.enum(API_TOKEN_SCOPES, { error: "Scope must be read or write" }),
  expiresInDays: wholeNumber("Expiry", MIN_TOKEN_DAYS, MAX_TOKEN_DAYS),
});
