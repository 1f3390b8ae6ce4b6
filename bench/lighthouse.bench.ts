// Lighthouse (mobile, simulated throttling) on the production build: the
// performer page (signed in as a performer, their own page) and the team
// dashboard (signed in as a coordinator), on the demo production in a fresh
// SQLite database. The sign-in page (signed out: a signed-in visitor is sent
// home), a prerendered page with little script, is measured in the same rounds
// as the baseline: what this machine gives a nearly empty page.
//   npm run bench:lighthouse                 (5 measured runs of each page)
//   LIGHTHOUSE_RUNS=3 npm run bench:lighthouse
// Debian's Chromium, launched by Playwright with a debugging port that
// Lighthouse attaches to; nothing is downloaded. Prints figures; asserts nothing.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/demo/demo-plan";
import { seedDemo } from "../lib/demo/seed-demo";
import { dayInTimeZone } from "../lib/domain/calendar-day";
import { createPrismaClient } from "../lib/server/db-client";
import { buildIfStale } from "../scripts/lib/build";
import { CHROMIUM_ARGS, findChromium } from "../scripts/lib/chromium";
import { freePort } from "../scripts/lib/free-port";
import { migrateDatabase } from "../scripts/lib/migrate";
import { BENCH_BUILD_ENV, BENCH_DIST_DIR } from "./bench-build";
import { startNextServer } from "./bench-servers";
import { DATA_DIR, exitOnSignals, sqliteUrl } from "./bench-databases";
import { runLighthouse, type LighthouseFigures } from "./lighthouse-run";
import { describeMachineLoad } from "./machine-load";
import { removeSqliteFile } from "./seed-bench-db";
import { median } from "./timing";
import { runMain } from "./run-main";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
/** The last run's full report of each page lands here, for a closer look. */
const REPORT_DIR = path.join(DATA_DIR, "lighthouse");
const TARGET_SCORE = 90;

interface PageCase {
  label: string;
  path: string;
  /** Who is signed in (absent: nobody). */
  email?: string;
}

interface DemoIds {
  productionId: string;
  coordinatorEmail: string;
  performerEmail: string;
  performerId: string;
}

async function seedDemoDatabase(url: string): Promise<DemoIds> {
  removeSqliteFile(url);
  await migrateDatabase(url);
  const db = createPrismaClient(url);
  try {
    // The day the demo app itself would use (scripts/start.ts).
    await seedDemo(db, dayInTimeZone(new Date(), "Europe/Oslo"));
    const coordinatorEmail = DEMO_USERS.find((u) => u.role === "coordinator")!.email;
    const performerEmail = DEMO_USERS.find((u) => u.role === "performer")!.email;
    const performer = await db.user.findUniqueOrThrow({
      where: { email: performerEmail },
      select: { id: true, memberships: { select: { productionId: true } } },
    });
    return { productionId: performer.memberships[0]!.productionId, coordinatorEmail, performerEmail, performerId: performer.id };
  } finally {
    await db.$disconnect();
  }
}

interface Browser {
  context: BrowserContext;
  /** The debugging port Lighthouse attaches to. */
  port: number;
}

/**
 * A Chromium whose default context Lighthouse's tabs share (so they carry the
 * session cookie), signed in through the form when `email` is given.
 */
async function openBrowser(origin: string, name: string, email: string | undefined): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found (apt-get install chromium, or set CHROMIUM_PATH)");
  const port = await freePort();
  const profile = path.join(DATA_DIR, `lighthouse-profile-${name}`);
  rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  if (!email) return { context, port };
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor({ timeout: 30_000 });
  await page.close();
  return { context, port };
}

const fmt = {
  s: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
  ms: (ms: number) => `${Math.round(ms)} ms`,
  kib: (kib: number) => `${kib.toFixed(0)} KiB`,
};

function describeRun(f: LighthouseFigures): string {
  return (
    `perf ${f.performance}, a11y ${f.accessibility}; FCP ${fmt.s(f.fcpMs)}, LCP ${fmt.s(f.lcpMs)}, TBT ${fmt.ms(f.tbtMs)}, CLS ${f.cls.toFixed(3)}, ` +
    `SI ${fmt.s(f.siMs)}; main thread ${fmt.s(f.mainThreadMs)}; JS ${fmt.kib(f.scriptKib)} in ${f.scripts} scripts`
  );
}

/** Medians of each figure over the runs (each its own median: the figures of one "median run" would mix less well). */
function medians(runs: LighthouseFigures[]): LighthouseFigures {
  const m = (pick: (f: LighthouseFigures) => number) => median(runs.map(pick));
  return {
    performance: m((f) => f.performance),
    accessibility: m((f) => f.accessibility),
    fcpMs: m((f) => f.fcpMs),
    lcpMs: m((f) => f.lcpMs),
    tbtMs: m((f) => f.tbtMs),
    cls: m((f) => f.cls),
    siMs: m((f) => f.siMs),
    mainThreadMs: m((f) => f.mainThreadMs),
    scriptKib: m((f) => f.scriptKib),
    scripts: m((f) => f.scripts),
    opportunities: runs.at(-1)?.opportunities ?? [],
    finalUrl: runs.at(-1)?.finalUrl ?? "",
    reportJson: "",
  };
}

const reportFile = (page: PageCase) => path.join(REPORT_DIR, `${page.label.replace(/\W+/g, "-").replace(/-$/, "")}.json`);

/**
 * Every page gets a browser of its own, signed in as its role; one warm-up
 * run of each (the server's first renders), then RUNS rounds that visit every
 * page in turn, so that all pages see the same machine.
 */
async function benchPages(origin: string, pages: PageCase[]): Promise<Map<string, LighthouseFigures[]>> {
  const results = new Map<string, LighthouseFigures[]>();
  const browsers: Browser[] = [];
  try {
    for (const [i, page] of pages.entries()) browsers.push(await openBrowser(origin, String(i), page.email));
    for (const [i, page] of pages.entries()) await runLighthouse(origin + page.path, browsers[i]!.port);
    for (let round = 1; round <= RUNS; round++) {
      for (const [i, page] of pages.entries()) {
        const figures = await runLighthouse(origin + page.path, browsers[i]!.port);
        // A page that sent us elsewhere (to the sign-in page, say) is not the page we meant to measure.
        if (new URL(figures.finalUrl).pathname !== page.path) throw new Error(`${page.label} ended on ${figures.finalUrl}, not ${page.path}`);
        console.log(`  ${round}/${RUNS} ${page.label.padEnd(28)} ${describeRun(figures)}`);
        results.set(page.label, [...(results.get(page.label) ?? []), figures]);
        writeFileSync(reportFile(page), figures.reportJson);
      }
    }
  } finally {
    for (const browser of browsers) await browser.context.close();
  }
  return results;
}

function summary(results: Map<string, LighthouseFigures[]>) {
  console.log(`\nSummary — medians of ${RUNS} runs (Lighthouse 12, mobile, simulated throttling)`);
  console.log("page                          perf  a11y   FCP     LCP     TBT      CLS    SI      main thread  JS");
  for (const [label, runs] of results) {
    const f = medians(runs);
    console.log(
      [
        label.padEnd(29),
        String(f.performance).padStart(4),
        String(f.accessibility).padStart(5),
        fmt.s(f.fcpMs).padStart(7),
        fmt.s(f.lcpMs).padStart(7),
        fmt.ms(f.tbtMs).padStart(8),
        f.cls.toFixed(3).padStart(6),
        fmt.s(f.siMs).padStart(7),
        fmt.s(f.mainThreadMs).padStart(12),
        `${fmt.kib(f.scriptKib)} (${f.scripts} scripts)`.padStart(20),
        `  scores ${runs.map((r) => r.performance).join(", ")}`,
      ].join(" "),
    );
  }
  console.log(`Target: performance ≥ ${TARGET_SCORE} on the dashboard and the performer page.`);
  for (const [label, runs] of results) {
    const f = medians(runs);
    if (label.startsWith("sign-in")) continue;
    console.log(`  ${label}: ${f.performance} (${f.performance >= TARGET_SCORE ? "met" : "MISSED"})`);
    if (f.opportunities.length) console.log(`    what costs (last run): ${f.opportunities.join("; ")}`);
  }
}

async function main() {
  exitOnSignals();
  mkdirSync(REPORT_DIR, { recursive: true });
  console.log(`Lighthouse, mobile with simulated throttling, on the production build; Node ${process.version}`);
  console.log(describeMachineLoad());
  await buildIfStale({ ...process.env, ...BENCH_BUILD_ENV }, BENCH_DIST_DIR);
  const url = sqliteUrl("lighthouse.db");
  const ids = await seedDemoDatabase(url);
  const secret = `bench-${Date.now()}-lighthouse-secret`;
  const server = await startNextServer("lighthouse", url, secret);
  let results: Map<string, LighthouseFigures[]>;
  try {
    const base = `/productions/${ids.productionId}`;
    const pages: PageCase[] = [
      { label: "sign-in page (baseline)", path: "/login" },
      { label: "performer page (own)", path: `${base}/performers/${ids.performerId}`, email: ids.performerEmail },
      { label: "team dashboard", path: base, email: ids.coordinatorEmail },
    ];
    console.log(`Pages: ${pages.map((p) => `${p.label} ${p.path}${p.email ? ` as ${p.email}` : ""}`).join("; ")}`);
    results = await benchPages(server.origin, pages);
  } finally {
    await server.stop();
  }
  summary(results);
  console.log(`The last run's report of each page: ${REPORT_DIR}/*.json`);
  console.log(`At the end: ${describeMachineLoad()}`);
}

runMain(main);
