import { createHash } from "node:crypto";

/** SHA-256 of UTF-8 text, as lowercase hex. No "server-only": the operator scripts use it too. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
