import { randomBytes } from "node:crypto";

// Ids for rows the app inserts with SQL of its own (the session writer), in
// the shape of the cuid ids Prisma makes for the rest: "c", the time in base
// 36, a per-process counter, a process fingerprint, random characters. Ids
// made later sort later (audit events written in one transaction share their
// time and are ordered by id), and old and new ids mix in one column.

const FINGERPRINT = randomBytes(4).readUInt32BE(0).toString(36).padStart(4, "0").slice(-4);
let counter = 0;

export function newId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const time = now.toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, "0").slice(-8);
  return `c${time}${count}${FINGERPRINT}${random}`;
}
