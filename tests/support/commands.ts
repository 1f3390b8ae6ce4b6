import { spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

// Running the real operator commands (`npm run …`) from a test, and watching
// their state through /proc (Linux, like every machine the suite runs on).

export interface RunningCommand {
  pid: number;
  /** Resolves when the command ends, with its exit code and everything it printed. */
  finished: Promise<{ code: number | null; output: string }>;
  isRunning(): boolean;
  output(): string;
}

export function startNpmScript(script: string, args: string[], env: NodeJS.ProcessEnv): RunningCommand {
  const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let running = true;
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      running = false;
      resolve({ code, output });
    });
  });
  return { pid: child.pid!, finished, isRunning: () => running, output: () => output };
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

/** The process and every process below it (npm → sh → tsx → node → prisma …). */
export function processTree(root: number): number[] {
  const all = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const pid of all) {
      const parent = parentOf(pid);
      if (!tree.has(pid) && parent !== undefined && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

function hasOpen(pid: number, file: string): boolean {
  return readdirSync(`/proc/${pid}/fd`).some((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
    } catch {
      return false; // closed meanwhile
    }
  });
}

/**
 * Whether a process of the command is blocked on `file`: it has the file open
 * and its main thread sleeps in the kernel. A Node main thread never sleeps
 * but in SQLite's busy handler (waiting for a lock); idle, it waits in epoll.
 */
export function isWaitingOnFile(command: RunningCommand, file: string): boolean {
  return processTree(command.pid).some((pid) => {
    try {
      return hasOpen(pid, file) && readFileSync(`/proc/${pid}/wchan`, "utf8").includes("nanosleep");
    } catch {
      return false; // gone meanwhile
    }
  });
}

/** Polls `condition` until it holds; throws with `describe()` if `gaveUp()` turns true first. */
export async function waitUntil(condition: () => boolean, gaveUp: () => boolean, describe: () => string): Promise<void> {
  while (!condition()) {
    if (gaveUp()) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
