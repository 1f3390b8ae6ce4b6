import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_PREFIX } from "../domain/api-token";

// A token is 32 random bytes (256 bits) after a recognisable prefix. It is
// stored as a plain SHA-256 hash, not scrypt: a slow, salted hash protects
// passwords people choose and reuse; nothing can guess 256 random bits, so a
// fast hash loses nothing and lets every request find its token through the
// unique index in one query (docs/decisions/0010-api-tokens.md).

export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** Hex SHA-256 of the whole token, as stored in `ApiToken.tokenHash`. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
