// The PostgreSQL schema is derived from prisma/schema.prisma (the one source
// of truth, written for SQLite) by swapping the datasource and the client's
// output folder. Pure text in, text out, so a unit test can check that the
// committed copy is current.

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const SQLITE_MIGRATIONS = "prisma/migrations";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
export const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";
/** Hand-written PostgreSQL SQL appended to the generated migration of the same name (triggers, backfills). */
export const POSTGRES_EXTRAS = "prisma/postgres/extras";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:postgres\`. Do not edit:
// change prisma/schema.prisma, add its SQLite migration, then run that command.
// \`npm test\` fails while this file or prisma/postgres/migrations lag behind.
`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (matches?.length !== 1) {
    throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches?.length ?? 0}`);
  }
  return text.replace(pattern, replacement);
}

export function derivePostgresSchema(sqliteSchema: string): string {
  let schema = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'provider = "sqlite"');
  // A literal URL: with env() unset the CLI would try to download an engine.
  // The app and the migrator connect through the pg driver with DATABASE_URL.
  schema = replaceOnce(
    schema,
    /url\s*=\s*env\("DATABASE_URL"\)/,
    'url      = "postgresql://localhost/stuntbook"',
    'url = env("DATABASE_URL")',
  );
  schema = replaceOnce(
    schema,
    /output\s*=\s*"\.\.\/generated\/prisma"/,
    'output     = "../../generated/prisma-postgres"',
    'output = "../generated/prisma"',
  );
  if (/@db\./.test(schema)) {
    throw new Error("prisma/schema.prisma uses a native type (@db.…): keep the model portable between SQLite and PostgreSQL");
  }
  return HEADER + schema;
}
