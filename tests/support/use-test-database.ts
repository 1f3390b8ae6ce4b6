import { afterAll } from "vitest";

// What both integration set-ups (SQLite and PostgreSQL) do once they have a
// database for the test file: point the app at it, and close the app's
// connections after the file so no worker is held open.
export function provideTestDatabase(databaseUrl: string): void {
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET = "integration-test-secret";
  delete process.env.NEXTAUTH_URL;

  const holder = globalThis as {
    stuntbookDb?: Promise<{ $disconnect(): Promise<void> }>;
    stuntbookListener?: { close(): Promise<void> };
    stuntbookSqlWriter?: { close(): Promise<void> };
  };
  holder.stuntbookDb = undefined;
  holder.stuntbookSqlWriter = undefined;

  afterAll(async () => {
    await holder.stuntbookListener?.close();
    holder.stuntbookListener = undefined;
    await (await holder.stuntbookDb)?.$disconnect();
    holder.stuntbookDb = undefined;
    await holder.stuntbookSqlWriter?.close();
    holder.stuntbookSqlWriter = undefined;
  });
}
