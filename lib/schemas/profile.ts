import { z } from "zod";
import { optionalText, requiredText } from "./fields";

/** What a person may change about themselves: the name others see and the credential shown with their sign-offs. */
export const profileSchema = z.object({
  name: requiredText("Name", 80),
  credential: optionalText("Credential", 80),
});
