import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/db-client";
import { assertMigrated, DatabaseNotReadyError, expectedMigrations } from "@/lib/server/db-migrations";
import { createEmptyDatabase, testDatabaseKind } from "../support/test-database";

describe("the app refuses an unmigrated database", () => {
  it("an empty database is refused with the command that fixes it", async () => {
    const url = await createEmptyDatabase();
    const client = createPrismaClient(url);
    try {
      const error = await assertMigrated(client, url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseNotReadyError);
      expect((error as Error).message).toMatch(/npm run db:migrate/);
    } finally {
      await client.$disconnect();
    }
  });

  it("a database missing the newest migration is refused by name", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL!);
    try {
      await expect(assertMigrated(client, process.env.DATABASE_URL!)).resolves.toBeUndefined();
      const newest = expectedMigrations(testDatabaseKind()).at(-1)!;
      await client.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = '${newest}'`);
      await expect(assertMigrated(client, process.env.DATABASE_URL!)).rejects.toThrow(newest);
    } finally {
      await client.$disconnect();
    }
  });
});
