import { witnessRequestCreated, witnessSigned } from "../../responses/witness";
import { createWitnessRequestSchema, witnessSignatureSchema } from "../../witness";
import type { ApiOperation } from "../operation";

const area = "Training sessions";

// Outside witnesses (issue #12): a link made by a member, signed by someone without an account.
export const witnessOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/productions/{productionId}/sessions/{sessionId}/witness-requests",
    area,
    summary: "Ask an outside witness (a dropzone instructor, a pilot) to sign a pending entry",
    description:
      "Answers with a link (`/witness/{token}`) that works without an account, once, for 7 days; only its hash is kept, so it is shown this once. " +
      "Stuntbook sends no email: pass the link on yourself. The performer's own email cannot be the witness's (400 naming `email`).",
    who: "coordinator (anyone), performer (self)",
    body: createWitnessRequestSchema,
    responses: { 201: { description: "The link, shown once", schema: witnessRequestCreated } },
    errors: { 409: "The entry is not pending (verified, rejected or superseded)" },
  },
  {
    method: "post",
    path: "/api/v1/witness/{token}",
    area,
    summary: "An outside witness signs the entry of their link",
    description:
      "No account: the token in the path is the credential. The entry is verified by the witness (their name and licence or membership number " +
      "recorded on it and in its history), with the same rules as a coordinator's verify: a correction replaces its original. " +
      "The production's verifier-credential rule does not apply: the witness states their own number.",
    who: "anyone with the link (no session)",
    auth: "none",
    body: witnessSignatureSchema,
    responses: { 200: { description: "The entry, verified by the witness", schema: witnessSigned } },
    errors: {
      403: "Sent by a page of another site (the Origin header)",
      404: "No such link (unknown or malformed token)",
      409: "The entry is no longer pending (signed, rejected or deleted meanwhile), or was edited after the link was made: the link is used up",
      410: "The link was already used, or has expired",
    },
  },
];
