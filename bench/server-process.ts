// Servers the HTTP bench starts (next start, the bare server): a child
// process in its own process group, output to a log file, ready once it
// answers HTTP, and killed (group and all) when stopped or when the bench exits.

import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface ServerProcess {
  origin: string;
  logFile: string;
  /** Resolves once the server has finished the work a load run left behind. */
  settle(): Promise<void>;
  /** CPU seconds the server process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number): number {
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/**
 * Waits until the process uses under 5 % of a core for two polls in a row.
 * autocannon stops counting at the end of a run but the server still answers
 * the requests in flight (50 dashboard renders can take seconds): the next
 * run must not start on a busy server.
 */
async function waitUntilIdle(pid: number, timeoutMs = 120_000): Promise<void> {
  const pollMs = 250;
  const deadline = Date.now() + timeoutMs;
  let previous = cpuSeconds(pid);
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await sleep(pollMs);
    const now = cpuSeconds(pid);
    quiet = now - previous < 0.05 * (pollMs / 1000) ? quiet + 1 : 0;
    previous = now;
  }
}


export interface ServerSpec {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  logFile: string;
  readyTimeoutMs?: number;
}

/** Starts `node …args` and resolves once http://127.0.0.1:port answers anything at all. */
export async function startServerProcess(spec: ServerSpec): Promise<ServerProcess> {
  mkdirSync(path.dirname(spec.logFile), { recursive: true });
  const log = openSync(spec.logFile, "w");
  // detached: its own process group, so that stop() also ends any worker it forks.
  const child = spawn(process.execPath, spec.args, { env: spec.env, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const killGroup = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const origin = `http://127.0.0.1:${spec.port}`;
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exited) throw new Error(`${spec.name} exited during start-up; see ${spec.logFile}`);
    try {
      await fetch(origin + "/", { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        killGroup("SIGKILL");
        throw new Error(`${spec.name} did not answer on ${origin} in time; see ${spec.logFile}`);
      }
      await sleep(200);
    }
  }
  return {
    origin,
    logFile: spec.logFile,
    settle: () => (exited || child.pid === undefined ? Promise.resolve() : waitUntilIdle(child.pid)),
    cpuSeconds: () => (exited || child.pid === undefined ? 0 : cpuSeconds(child.pid)),
    stop: async () => {
      killGroup("SIGTERM");
      await Promise.race([exitedPromise, sleep(5000)]);
      killGroup("SIGKILL");
      process.removeListener("exit", onExit);
    },
  };
}
