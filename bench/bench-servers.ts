// The two servers under test: the production build of the app (next start)
// and the bare node:http floor (bare-server.ts), both on loopback.

import path from "node:path";
import { binPath } from "../scripts/lib/run";
import { BENCH_BUILD_ENV } from "./bench-build";
import { DATA_DIR } from "./bench-databases";
import { freePort } from "../scripts/lib/free-port";
import { startServerProcess, type ServerProcess } from "./server-process";

export async function startNextServer(name: string, databaseUrl: string, secret: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServerProcess({
    name: `next start (${name})`,
    args: [binPath("next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // Serves the bench build (.next-bench), which has app/api/bench/noop, the framework's floor.
      ...BENCH_BUILD_ENV,
    },
    port,
    logFile: path.join(DATA_DIR, "logs", `next-${name}.log`),
  });
}

export async function startBareServer(name: string, databaseUrl: string, loggedById: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServerProcess({
    name: `bare server (${name})`,
    args: ["--import", "tsx", path.join("bench", "bare-server.ts")],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, BENCH_LOGGED_BY: loggedById, NODE_ENV: "production" },
    port,
    logFile: path.join(DATA_DIR, "logs", `bare-${name}.log`),
  });
}
