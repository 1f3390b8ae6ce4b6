// A throw-away PostgreSQL cluster in a folder, for the test suites and the
// benchmarks: initdb + pg_ctl on a free port, trust authentication, a Unix
// socket inside the folder. Never used for a real deployment.

import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { freePort } from "./free-port";
import path from "node:path";

export interface PostgresCluster {
  /** Connection URL of a database of this cluster (as the `postgres` superuser). */
  url(database: string): string;
  stop(): void;
}

/** The folder holding initdb and pg_ctl: on PATH, else Debian's versioned folder. Null if PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  const debian = "/usr/lib/postgresql";
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((v) => existsSync(path.join(debian, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(debian, versions[0]!, "bin") : null;
}

export const POSTGRES_MISSING =
  "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them with `apt-get install -y postgresql` " +
  "(.ci/run does this) to run the PostgreSQL suites.";


// PostgreSQL refuses to run as root; CI containers run as root.
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ["runuser", ["-u", "postgres", "--", command, ...args]];
}

export interface ClusterOptions {
  /**
   * Skip fsync on commit. Right for tests (a crash loses nothing we need);
   * wrong for benchmarks that compare against a durable SQLite, which pass false.
   */
  fast?: boolean;
}

/** initdb a fresh cluster in `dir` (emptied first) and start it; stop() shuts it down. */
export async function startPostgresCluster(dir: string, options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(POSTGRES_MISSING);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    // runuser must be able to reach the folder through its parents.
    for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
      try {
        chmodSync(parent, 0o755);
      } catch {
        break;
      }
    }
  }
  const data = path.join(dir, "data");
  const run = (command: string, args: string[]) => {
    const [cmd, argv] = asPostgresUser(path.join(bin, command), args);
    execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
  };
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"]);
  } catch (error) {
    throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
  }
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c max_connections=200",
    ...(options.fast === false ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
  ].join(" ");
  try {
    run("pg_ctl", ["-D", data, "-o", settings, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    throw new Error(`pg_ctl start failed (see ${dir}/server.log): ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
  }
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already stopped: nothing to do.
      }
    },
  };
}
