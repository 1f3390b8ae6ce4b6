import { createHash, randomBytes } from "node:crypto";
import { WITNESS_TOKEN_PREFIX } from "../domain/witness";

// A witness link's token: 32 random bytes (256 bits), stored only as a plain
// SHA-256 hash, for the reasons API tokens are (docs/decisions/0010): nothing
// can guess 256 random bits, so a fast hash loses nothing, and the link's row
// is found through the unique index in one query.

export function newWitnessToken(): string {
  return WITNESS_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** Hex SHA-256 of the whole token, as stored in `WitnessRequest.tokenHash`. */
export function hashWitnessToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
