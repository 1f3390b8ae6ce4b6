// One autocannon run (programmatic API) and its figures. Every response that
// is not a 2xx is counted and printed: a benchmark of error pages is worthless.

import autocannon, { type AutocannonRequest } from "autocannon";

export interface LoadCase {
  title: string;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A new body for every request (e.g. another performer and day). */
  body?: () => string;
  connections: number;
}

export interface LoadResult {
  title: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  /** The server's own CPU during the run: near 1 core, a Node server is bound by its one thread. */
  serverCpu?: { cores: number; msPerRequest: number };
}

/** A run against `server`, with the CPU the server process spent on it. */
export async function runLoadOn(load: LoadCase, seconds: number, server: { cpuSeconds(): number }): Promise<LoadResult> {
  const cpuBefore = server.cpuSeconds();
  const result = await runLoad(load, seconds);
  const cpu = server.cpuSeconds() - cpuBefore;
  return { ...result, serverCpu: { cores: cpu / seconds, msPerRequest: result.requests ? (1000 * cpu) / result.requests : 0 } };
}

export async function runLoad(load: LoadCase, seconds: number): Promise<LoadResult> {
  const { pathname, search, origin } = new URL(load.url);
  const request: AutocannonRequest = { method: load.method ?? "GET", path: pathname + search, headers: load.headers };
  const makeBody = load.body;
  if (makeBody) {
    request.setupRequest = (req) => {
      req.body = makeBody();
      return req;
    };
  }
  // A generous timeout: 50 viewers of the 200-performer dashboard wait tens of seconds, and a
  // timed-out request would drop the slowest answers from the latency figures.
  const result = await autocannon({ url: origin, connections: load.connections, duration: seconds, timeout: 120, requests: [request] });
  return {
    title: load.title,
    connections: load.connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])),
  };
}

/** Median wall-clock time of `n` requests sent one at a time: the latency with no load. */
export async function unloadedMs(load: LoadCase, n = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const response = await fetch(load.url, { method: load.method ?? "GET", headers: load.headers, body: load.body?.(), redirect: "manual" });
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

/** Why a run's figures are not valid, if they are not: error responses, connection errors, or no response at all. */
export function loadProblem(r: LoadResult): string | null {
  if (r.requests === 0) return "no response completed";
  if (r.non2xx || r.errors) return `${r.non2xx} non-2xx, ${r.errors} errors`;
  return null;
}

export function formatLoad(r: LoadResult): string {
  const codes = Object.entries(r.statusCodes)
    .map(([code, count]) => `${code}×${count}`)
    .join(" ");
  const problem = loadProblem(r);
  return [
    r.title.padEnd(34),
    `c=${String(r.connections).padStart(2)}`,
    `${r.requestsPerSecond.toFixed(r.requestsPerSecond < 10 ? 1 : 0).padStart(6)} req/s `,
    `p50 ${String(r.p50).padStart(5)} ms `,
    `p99 ${String(r.p99).padStart(5)} ms `,
    r.serverCpu ? `server CPU ${r.serverCpu.cores.toFixed(2)} cores, ${r.serverCpu.msPerRequest.toFixed(1)} ms/req ` : "",
    `[${codes}]`,
    problem ? ` ← ${problem}` : "",
  ].join(" ");
}
