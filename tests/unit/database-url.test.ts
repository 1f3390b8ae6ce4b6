import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  databaseKind,
  redactUrl,
  DEFAULT_DATA_DIR,
  DEFAULT_SQLITE_FILE,
  resolveDatabaseUrl,
  sqliteFilePath,
} from "@/lib/server/database-url";

const cwd = path.resolve("/srv/stuntbook");

describe("databaseKind", () => {
  it.each([
    ["file:./data/app.db", "sqlite"],
    ["file:/abs/app.db", "sqlite"],
    ["postgresql://user:pw@host:5432/db", "postgresql"],
    ["postgres://host/db", "postgresql"],
    ["POSTGRESQL://host/db", "postgresql"],
  ])("%s is %s", (url, kind) => {
    expect(databaseKind(url)).toBe(kind);
  });

  it.each(["mysql://host/db", "./data/app.db", "", "FILE:app.db", "postgresql:/host/db"])("refuses %j", (url) => {
    expect(() => databaseKind(url)).toThrow(/DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//);
  });
});

describe("resolveDatabaseUrl", () => {
  it("defaults to data/stuntbook.db under cwd", () => {
    expect(DEFAULT_DATA_DIR).toBe("data");
    expect(DEFAULT_SQLITE_FILE).toBe("stuntbook.db");
    expect(resolveDatabaseUrl(undefined, cwd)).toBe(`file:${path.join(cwd, "data", "stuntbook.db")}`);
  });

  it("treats an empty or blank DATABASE_URL as unset", () => {
    const fallback = `file:${path.join(cwd, "data", "stuntbook.db")}`;
    expect(resolveDatabaseUrl("", cwd)).toBe(fallback);
    expect(resolveDatabaseUrl("   ", cwd)).toBe(fallback);
  });

  it("makes a relative file: path absolute against cwd", () => {
    expect(resolveDatabaseUrl("file:./tmp/test.db", cwd)).toBe(`file:${path.join(cwd, "tmp", "test.db")}`);
    expect(resolveDatabaseUrl("file:other.db", cwd)).toBe(`file:${path.join(cwd, "other.db")}`);
  });

  it("keeps an absolute file: path", () => {
    const abs = path.resolve("/var/lib/stuntbook/app.db");
    expect(resolveDatabaseUrl(`file:${abs}`, cwd)).toBe(`file:${abs}`);
  });

  it("trims whitespace around the URL", () => {
    expect(resolveDatabaseUrl("  file:./x.db  ", cwd)).toBe(`file:${path.join(cwd, "x.db")}`);
  });

  it("passes PostgreSQL URLs through unchanged", () => {
    const url = "postgresql://user:secret@db.example:5432/stuntbook?schema=public";
    expect(resolveDatabaseUrl(url, cwd)).toBe(url);
  });

  it("throws for an unsupported URL", () => {
    expect(() => resolveDatabaseUrl("mysql://host/db", cwd)).toThrow();
  });
});

describe("sqliteFilePath", () => {
  it("strips the file: prefix", () => {
    expect(sqliteFilePath("file:/srv/data/app.db")).toBe("/srv/data/app.db");
  });

  it("drops a query string", () => {
    expect(sqliteFilePath("file:/srv/data/app.db?connection_limit=1&mode=rw")).toBe("/srv/data/app.db");
  });

  it("round-trips with resolveDatabaseUrl", () => {
    expect(sqliteFilePath(resolveDatabaseUrl(undefined, cwd))).toBe(path.join(cwd, "data", "stuntbook.db"));
  });
});

describe("redactUrl", () => {
  it("hides the user, the password and the query string (which may hold a password too)", () => {
    expect(redactUrl("postgresql://app:s3cret@db.internal:5432/stuntbook?sslmode=require&password=x")).toBe(
      "postgresql://***@db.internal:5432/stuntbook?***",
    );
    expect(redactUrl("file:/srv/stuntbook/data/stuntbook.db")).toBe("file:/srv/stuntbook/data/stuntbook.db");
  });

  it("keeps secrets out of the error for a mistyped scheme", () => {
    expect(() => databaseKind("postgress://app:s3cret@db/stuntbook")).toThrow(/got "postgress:\/\/\*\*\*@db\/stuntbook"/);
  });
});
