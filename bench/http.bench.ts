// HTTP benchmarks of the production build on loopback, on SQLite and on
// PostgreSQL (a cluster this bench starts):
//   write path  logging a session (POST …/sessions, signed in as a coordinator)
//               against a no-op POST of the same Next server (the framework's
//               floor, app/api/bench/noop, which only the bench's own build
//               contains: see bench-build.ts) and a bare node:http server
//               doing the same validated insert (the physical floor, bare-server.ts);
//   read path   the team dashboard page and the progress API under 50
//               concurrent viewers, on the demo production (3 performers) and
//               the 10 k bench production (200 performers);
//   first-load JS of the dashboard page.
//   npm run bench:http                    (BENCH_DB=sqlite|postgresql for one database)
//   BENCH_SCALE=small npm run bench:http  (1 s warm-ups, 2 s runs: a smoke test)
// Fresh data every run (logging adds rows). Prints figures; asserts nothing.

import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { addDays, dayInTimeZone } from "../lib/domain/calendar-day";
import type { DatabaseKind } from "../lib/server/database-url";
import { buildIfStale } from "../scripts/lib/build";
import { BENCH_BUILD_ENV, BENCH_DIST_DIR } from "./bench-build";
import { DATA_DIR, exitOnSignals, LABEL, selectedDatabases, sqliteUrl, startBenchPostgres } from "./bench-databases";
import { startBareServer, startNextServer } from "./bench-servers";
import { seedDemoProduction, type ReadTarget } from "./demo-production";
import { firstLoadJs, type FirstLoad } from "./first-load-js";
import { formatLoad, loadProblem, runLoad, runLoadOn, unloadedMs, type LoadCase, type LoadResult } from "./load";
import { describeMachineLoad } from "./machine-load";
import { coordinatorOf, disciplineOf, LOGGING, performerOf, SMALL, smallOnly, viewerOf } from "./scales";
import { ensureBenchDb, removeSqliteFile } from "./seed-bench-db";
import { openSeedConnection, placeholder } from "./seed-connection";
import type { ServerProcess } from "./server-process";
import { sessionCookie } from "./session-cookie";
import { runMain } from "./run-main";

const WRITE_CONNECTIONS = 10;
const VIEWERS = 50;
/** Read warm-ups use fewer connections: enough to warm the code, without a backlog of renders to wait out. */
const READ_WARM_UP_CONNECTIONS = 10;
// Targets (Foundation II): logging at least 0.25× the no-op route; the demo dashboard at most 2× the sign-in
// page's server time; the 200-performer dashboard under 100 ms and 300 KB of HTML; first-load JS ≤ 150 kB gzipped.
const TARGET_LOGGING_VS_NOOP = 0.25;
const TARGET_DEMO_VS_SIGN_IN = 2;
const TARGET_TEAM_MS = 100;
const TARGET_TEAM_HTML_KIB = 300;
const TARGET_FIRST_LOAD_GZIP_KIB = 150;
/** Tail latency: this many connections on the dashboard while a load balancer's health check probes the node. */
const TAIL_CONNECTIONS = 100;
const HEALTH_PROBE_EVERY_MS = 250;
const { warmUp: WARM_UP_S, measure: MEASURE_S, maxRead: MAX_READ_S } = smallOnly()
  ? { warmUp: 1, measure: 2, maxRead: 10 }
  : { warmUp: 3, measure: 10, maxRead: 90 };

const SESSIONS_PATH = `/api/v1/productions/${LOGGING.productionId}/sessions`;
const dashboardPath = (productionId: string) => `/productions/${productionId}`;
const progressPath = (productionId: string) => `/api/v1/productions/${productionId}/progress`;

const BENCH_TEAM: ReadTarget = {
  label: SMALL.productionId,
  productionId: SMALL.productionId,
  viewer: { id: viewerOf(SMALL), name: "Bench Viewer", email: `${viewerOf(SMALL)}@bench.test` },
  performers: SMALL.performers,
  sessions: SMALL.sessions,
};

interface ReadReport {
  target: ReadTarget;
  dashboard: LoadResult;
  progress: LoadResult;
  firstLoad: FirstLoad;
  /** Median server time of one dashboard request on an idle server, and of the sign-in page on the same server. */
  dashboardUnloadedMs: number;
  signInUnloadedMs: number;
}

interface TailReport {
  dashboard: LoadResult;
  health: { probes: number; p50: number; p99: number; max: number; failed: number };
}

interface DatabaseReport {
  kind: DatabaseKind;
  seedSeconds: number;
  noop: LoadResult;
  logging: LoadResult;
  bare: LoadResult;
  reads: ReadReport[];
  tail: TailReport;
}

/**
 * A new entry per request: performers, disciplines and days (up to today,
 * which is the latest a session may be dated) rotate, so that each goal gets
 * a share. The bench production has no dose limits: nothing is refused.
 */
function sessionBodies(): () => string {
  const today = dayInTimeZone(new Date(), "UTC");
  let n = 0;
  return () => {
    const i = n++;
    return JSON.stringify({
      performerId: performerOf(LOGGING, i % LOGGING.performers),
      disciplineId: disciplineOf(LOGGING, Math.floor(i / LOGGING.performers) % 4),
      date: addDays(today, -(i % 300)),
      count: 1 + (i % 20),
      durationMinutes: 45,
      location: "Bench ramp",
    });
  };
}

/** One request before the load: a case answering anything but `expected` is not worth measuring. */
async function expectStatus(load: LoadCase, expected: number): Promise<void> {
  const response = await fetch(load.url, {
    method: load.method ?? "GET",
    headers: load.headers,
    body: load.body?.(),
    redirect: "manual",
  });
  if (response.status !== expected) {
    throw new Error(`${load.title}: expected ${expected}, got ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
}

async function loggedRows(url: string): Promise<number> {
  const db = await openSeedConnection(url);
  try {
    const [row] = await db.query<{ n: unknown }>(
      `SELECT COUNT(*) AS "n" FROM "TrainingSession" WHERE "productionId" = ${placeholder(db.kind, 0)}`,
      [LOGGING.productionId],
    );
    return Number(row?.n);
  } finally {
    await db.close();
  }
}

/**
 * Runs a write case and checks that every 201 left a row behind. Requests
 * still in flight when autocannon stops are answered after it (up to one per
 * connection): they insert rows no 201 was counted for.
 */
async function measureWrites(load: LoadCase, server: ServerProcess, url: string): Promise<LoadResult> {
  const unloaded = await unloadedMs(load);
  const before = await loggedRows(url);
  const result = await runLoadOn(load, MEASURE_S, server);
  await server.settle();
  const inserted = (await loggedRows(url)) - before;
  const created = result.statusCodes["201"] ?? 0;
  const consistent = inserted >= created && inserted - created <= load.connections;
  const rows = consistent ? `rows +${inserted}` : `rows +${inserted} — MISMATCH with ${created} × 201`;
  console.log(`${formatLoad(result)}  (one at a time: ${unloaded.toFixed(0)} ms)  ${rows}`);
  return result;
}

/**
 * Seconds to measure a read case for. 50 viewers asking at once are answered
 * about together, a round taking up to 50 × the unloaded latency on a server
 * that renders one page at a time: a run lasts at least three rounds, or it
 * would see few answers or none.
 */
function readSeconds(unloadedMs: number): number {
  return Math.min(MAX_READ_S, Math.max(MEASURE_S, Math.ceil((3 * VIEWERS * unloadedMs) / 1000)));
}

/** A short warm-up run, then the measured one, each started on an idle server. */
async function measureReads(load: LoadCase, server: ServerProcess): Promise<LoadResult> {
  await server.settle();
  const unloaded = await unloadedMs(load);
  await runLoad({ ...load, connections: Math.min(load.connections, READ_WARM_UP_CONNECTIONS) }, WARM_UP_S);
  await server.settle();
  const seconds = readSeconds(unloaded);
  const result = await runLoadOn(load, seconds, server);
  console.log(`${formatLoad(result)}  (one at a time: ${unloaded.toFixed(0)} ms; ran ${seconds} s)`);
  await server.settle();
  return result;
}

async function benchReads(target: ReadTarget, next: ServerProcess, secret: string): Promise<ReadReport> {
  const viewer = await sessionCookie(target.viewer, secret);
  const viewing = (title: string, path: string): LoadCase => ({
    title: `${title}, ${target.label}`,
    url: next.origin + path,
    headers: { cookie: viewer },
    connections: VIEWERS,
  });
  const dashboard = viewing("dashboard page", dashboardPath(target.productionId));
  const progress = viewing("progress API", progressPath(target.productionId));
  await expectStatus(dashboard, 200);
  await expectStatus(progress, 200);
  await next.settle();
  const signIn: LoadCase = { title: "sign-in page", url: `${next.origin}/login`, connections: 1 };
  // Interleaved medians, so that both see the same machine.
  const dashboardUnloadedMs = await unloadedMs(dashboard, 9);
  const signInUnloadedMs = await unloadedMs(signIn, 9);
  console.log(
    `  one at a time: dashboard ${dashboardUnloadedMs.toFixed(1)} ms, sign-in page ${signInUnloadedMs.toFixed(1)} ms (${(dashboardUnloadedMs / signInUnloadedMs).toFixed(2)}×)`,
  );
  const dashboardResult = await measureReads(dashboard, next);
  const progressResult = await measureReads(progress, next);
  const firstLoad = await firstLoadJs(next.origin, dashboardPath(target.productionId), viewer);
  console.log(
    `first-load JS of the dashboard, ${target.label}: ${firstLoad.scripts.length} scripts, ${kib(firstLoad.total.raw)} raw, ${kib(firstLoad.total.gzip)} gzipped` +
      ` (the HTML itself: ${kib(firstLoad.html.raw)} raw, ${kib(firstLoad.html.gzip)} gzipped, of which inline scripts ${kib(firstLoad.inlineScripts.raw)} raw)`,
  );
  return { target, dashboard: dashboardResult, progress: progressResult, firstLoad, dashboardUnloadedMs, signInUnloadedMs };
}

/**
 * Tail latency: many viewers on the dashboard at once while a load balancer
 * probes GET /api/health. A node whose health check waits behind a queue of
 * renders gets pulled out of rotation although it is healthy.
 */
async function benchTail(target: ReadTarget, next: ServerProcess, secret: string): Promise<TailReport> {
  const viewer = await sessionCookie(target.viewer, secret);
  const load: LoadCase = { title: `dashboard, ${TAIL_CONNECTIONS} connections`, url: next.origin + dashboardPath(target.productionId), headers: { cookie: viewer }, connections: TAIL_CONNECTIONS };
  await next.settle();
  const times: number[] = [];
  let failed = 0;
  let running = true;
  const probing = (async () => {
    while (running) {
      const start = performance.now();
      const response = await fetch(`${next.origin}/api/health`).catch(() => null);
      if (!response?.ok) failed++;
      await response?.arrayBuffer();
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, HEALTH_PROBE_EVERY_MS));
    }
  })();
  const dashboard = await runLoadOn(load, MEASURE_S, next);
  running = false;
  await probing;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const health = { probes: times.length, p50: at(0.5), p99: at(0.99), max: times.at(-1) ?? 0, failed };
  console.log(`${formatLoad(dashboard)}`);
  console.log(
    `  health check meanwhile: ${health.probes} probes, p50 ${health.p50.toFixed(0)} ms, p99 ${health.p99.toFixed(0)} ms, max ${health.max.toFixed(0)} ms, ${health.failed} failed`,
  );
  await next.settle();
  return { dashboard, health };
}

async function benchDatabase(kind: DatabaseKind, url: string, seedSeconds: number, demo: ReadTarget): Promise<DatabaseReport> {
  const secret = randomBytes(32).toString("base64");
  const servers: ServerProcess[] = [];
  try {
    const next = await startNextServer(kind, url, secret);
    servers.push(next);
    const bare = await startBareServer(kind, url, coordinatorOf(LOGGING));
    servers.push(bare);

    const coordinator = await sessionCookie(
      { id: coordinatorOf(LOGGING), name: "Bench Coordinator", email: `${coordinatorOf(LOGGING)}@bench.test` },
      secret,
    );
    // All three get the same kind of body: reading it off the socket is part of the floor too.
    const posting = (title: string, url: string, cookie?: string): LoadCase => ({
      title,
      url,
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: sessionBodies(),
      connections: WRITE_CONNECTIONS,
    });
    const noop = posting("no-op POST (Next floor)", `${next.origin}/api/bench/noop`);
    const logging = posting("log a session (POST …/sessions)", next.origin + SESSIONS_PATH, coordinator);
    const bareInsert = posting("bare node:http insert (floor)", bare.origin + SESSIONS_PATH);
    await expectStatus(noop, 204);
    await expectStatus(logging, 201);
    await expectStatus(bareInsert, 201);

    console.log(`\n${LABEL[kind]} — fresh data (10 k and logging productions, demo) seeded in ${seedSeconds.toFixed(1)} s`);
    console.log(`Write path: ${WRITE_CONNECTIONS} connections, ${MEASURE_S} s each after a ${WARM_UP_S} s warm-up of each, back to back`);
    const writes: [LoadCase, ServerProcess][] = [[noop, next], [logging, next], [bareInsert, bare]];
    for (const [load, server] of writes) {
      await runLoad(load, WARM_UP_S);
      await server.settle();
    }
    const [noopResult, loggingResult, bareResult] = [
      await measureWrites(noop, next, url),
      await measureWrites(logging, next, url),
      await measureWrites(bareInsert, bare, url),
    ];
    const vsNoop = loggingResult.requestsPerSecond / noopResult.requestsPerSecond;
    console.log(
      `  logging / no-op ${vsNoop.toFixed(2)}× (target ≥ ${TARGET_LOGGING_VS_NOOP}×: ${vsNoop >= TARGET_LOGGING_VS_NOOP ? "met" : "MISSED"}),` +
        ` logging / bare ${(loggingResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)}×`,
    );

    console.log(`Read path: ${VIEWERS} concurrent viewers, after a ${WARM_UP_S} s warm-up (${READ_WARM_UP_CONNECTIONS} connections)`);
    const reads: ReadReport[] = [];
    for (const target of [demo, BENCH_TEAM]) {
      console.log(`  ${target.label}: ${target.performers} performers, ${target.performers * 4} goals, ${target.sessions} sessions`);
      reads.push(await benchReads(target, next, secret));
    }
    console.log(`Tail latency: ${TAIL_CONNECTIONS} connections on the ${demo.label} dashboard for ${MEASURE_S} s, health probed every ${HEALTH_PROBE_EVERY_MS} ms`);
    const tail = await benchTail(demo, next, secret);
    return { kind, seedSeconds, noop: noopResult, logging: loggingResult, bare: bareResult, reads, tail };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

/** Fresh data: the 10 k bench production, the logging production and the demo. */
async function seedHttpData(url: string): Promise<{ seconds: number; demo: ReadTarget }> {
  const started = performance.now();
  await ensureBenchDb(url, [SMALL, LOGGING]);
  const demo = await seedDemoProduction(url);
  return { seconds: (performance.now() - started) / 1000, demo };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function summary(reports: DatabaseReport[]) {
  const cell = (r: LoadResult) => `${r.requestsPerSecond.toFixed(0).padStart(5)} req/s ${String(r.p99).padStart(5)} ms`.padEnd(19);
  console.log("\nSummary — write path (requests/s, p99)");
  console.log("database      no-op               logging             bare                log/no-op  log/bare");
  for (const r of reports) {
    console.log(
      [
        LABEL[r.kind].padEnd(13),
        cell(r.noop),
        cell(r.logging),
        cell(r.bare),
        `${(r.logging.requestsPerSecond / r.noop.requestsPerSecond).toFixed(2)}×`.padEnd(10),
        `${(r.logging.requestsPerSecond / r.bare.requestsPerSecond).toFixed(2)}×`,
      ].join(" "),
    );
  }
  console.log(`Summary — read path, ${VIEWERS} viewers (requests/s, p50, p99)`);
  const readCell = (r: LoadResult) => `${r.requestsPerSecond.toFixed(1).padStart(6)} req/s ${String(r.p50).padStart(5)} ${String(r.p99).padStart(5)} ms`.padEnd(28);
  console.log("database      production    dashboard page               progress API");
  for (const r of reports) {
    for (const read of r.reads) console.log([LABEL[r.kind].padEnd(13), read.target.label.padEnd(13), readCell(read.dashboard), readCell(read.progress)].join(" "));
  }
  console.log("Summary — targets");
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  for (const r of reports) {
    const vsNoop = r.logging.requestsPerSecond / r.noop.requestsPerSecond;
    console.log(`${LABEL[r.kind]}: logging / no-op ${vsNoop.toFixed(2)}× (≥ ${TARGET_LOGGING_VS_NOOP}×: ${verdict(vsNoop >= TARGET_LOGGING_VS_NOOP)})`);
    for (const read of r.reads) {
      const vsSignIn = read.dashboardUnloadedMs / read.signInUnloadedMs;
      const html = read.firstLoad.html.raw / 1024;
      const js = read.firstLoad.total.gzip / 1024;
      console.log(
        `  ${read.target.label}: dashboard ${read.dashboardUnloadedMs.toFixed(0)} ms = ${vsSignIn.toFixed(2)}× the sign-in page` +
          `, HTML ${html.toFixed(0)} KiB, first-load JS ${js.toFixed(0)} KiB gzipped (≤ ${TARGET_FIRST_LOAD_GZIP_KIB}: ${verdict(js <= TARGET_FIRST_LOAD_GZIP_KIB)})` +
          (read.target.performers >= 200
            ? ` — 200 performers: < ${TARGET_TEAM_MS} ms ${verdict(read.dashboardUnloadedMs < TARGET_TEAM_MS)}, < ${TARGET_TEAM_HTML_KIB} KiB ${verdict(html < TARGET_TEAM_HTML_KIB)}`
            : ` — demo: ≤ ${TARGET_DEMO_VS_SIGN_IN}× sign-in ${verdict(vsSignIn <= TARGET_DEMO_VS_SIGN_IN)}`),
      );
    }
    console.log(
      `  tail: ${TAIL_CONNECTIONS} connections on the dashboard ${r.tail.dashboard.requestsPerSecond.toFixed(0)} req/s, p99 ${r.tail.dashboard.p99} ms; health check p99 ${r.tail.health.p99.toFixed(0)} ms, max ${r.tail.health.max.toFixed(0)} ms`,
    );
  }
  const failures = reports.flatMap((r) =>
    [r.noop, r.logging, r.bare, r.tail.dashboard, ...r.reads.flatMap((read) => [read.dashboard, read.progress])]
      .filter((l) => loadProblem(l))
      .map((l) => `${LABEL[r.kind]} ${l.title} (${loadProblem(l)})`),
  );
  console.log(failures.length ? `Runs with errors (figures not valid): ${failures.join("; ")}` : "Every response of every run was a 2xx.");
}

async function main() {
  exitOnSignals();
  mkdirSync(DATA_DIR, { recursive: true });
  console.log(`HTTP benchmarks (autocannon on loopback, production build); Node ${process.version}`);
  console.log(describeMachineLoad());
  await buildIfStale({ ...process.env, ...BENCH_BUILD_ENV }, BENCH_DIST_DIR);
  const reports: DatabaseReport[] = [];
  for (const kind of selectedDatabases()) {
    if (kind === "sqlite") {
      const url = sqliteUrl("http.db");
      removeSqliteFile(url);
      const { seconds, demo } = await seedHttpData(url);
      reports.push(await benchDatabase(kind, url, seconds, demo));
    } else {
      const postgres = await startBenchPostgres("pg-http");
      try {
        const { seconds, demo } = await seedHttpData(postgres.url);
        reports.push(await benchDatabase(kind, postgres.url, seconds, demo));
      } finally {
        postgres.stop();
      }
    }
  }
  summary(reports);
  console.log(`At the end: ${describeMachineLoad()}`);
}

runMain(main);
