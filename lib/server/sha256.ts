import { createHash } from "node:crypto";

/** SHA-256 of UTF-8 text or of bytes, as lowercase hex. No "server-only": the operator scripts use it too. */
export function sha256Hex(data: string | Uint8Array): string {
  return (typeof data === "string" ? createHash("sha256").update(data, "utf8") : createHash("sha256").update(data)).digest("hex");
}
