// `npm run create-coordinator -- --email … --name … --production … [--time-zone …] [--template cliff-jump]`
// Creates the first coordinator of a deployment started without demo data,
// with their production (and, with --template, the regimen's disciplines).
// The password comes from STUNTBOOK_PASSWORD or is asked for on the terminal.

import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { isTimeZone } from "../lib/domain/calendar-day";
import { resolveDatabaseUrl } from "../lib/server/database-url";
import { createCommandPrismaClient } from "../lib/server/db-client";
import { hashPassword } from "../lib/server/password";
import { CLIFF_JUMP_REGIMEN } from "../lib/domain/regimen-template";
import { signInSchema } from "../lib/schemas/sign-in";
import { migrateDatabase } from "./lib/migrate";

const USAGE = `Usage: npm run create-coordinator -- --email EMAIL --name "FULL NAME" --production "PRODUCTION" [--time-zone Europe/Oslo] [--template cliff-jump]
Password: STUNTBOOK_PASSWORD, or typed when asked (at least 12 characters).`;

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      production: { type: "string" },
      "time-zone": { type: "string", default: "UTC" },
      template: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || !values.email || !values.name || !values.production) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const timeZone = values["time-zone"]!;
  if (!isTimeZone(timeZone)) throw new Error(`Unknown time zone "${timeZone}" (use an IANA name such as Europe/Oslo)`);
  if (values.template && values.template !== "cliff-jump") throw new Error(`Unknown template "${values.template}" (available: cliff-jump)`);

  const password = process.env.STUNTBOOK_PASSWORD ?? (await ask("Password for the new coordinator: "));
  if (password.length < 12) throw new Error("The password must have at least 12 characters");
  const parsed = signInSchema.safeParse({ email: values.email, password });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));

  const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  await migrateDatabase(url);
  const db = createCommandPrismaClient(url);
  try {
    if (await db.user.findUnique({ where: { email: parsed.data.email } })) throw new Error(`${parsed.data.email} already has an account`);
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: parsed.data.email, name: values.name!, passwordHash } });
      const production = await tx.production.create({ data: { name: values.production!, timeZone } });
      await tx.membership.create({ data: { userId: user.id, productionId: production.id, role: "coordinator" } });
      if (values.template) {
        await tx.discipline.createMany({
          data: CLIFF_JUMP_REGIMEN.disciplines.map((d) => ({ productionId: production.id, name: d.name, unit: d.unit, recordsJumps: d.recordsJumps ?? false })),
        });
      }
    });
    console.log(`✔ ${values.name} <${parsed.data.email}> coordinates "${values.production}" (${timeZone}). Sign in at /login.`);
  } finally {
    await db.$disconnect();
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
