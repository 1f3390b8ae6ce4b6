// One Lighthouse run (mobile, simulated throttling: Lighthouse's default
// config) of a page in a browser that is already signed in, and the figures
// we print from its report.
//
// Lighthouse clears the HTTP cache, service workers and Cache Storage before
// each run (a cold load, as a phone coming back to the page would not have it
// cached), but not cookies (`clearStorageTypes` leaves them): the session
// cookie the real sign-in set stays, so the page is the signed-in one.

import lighthouse, { type Result } from "lighthouse";

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  /** Main-thread work in the simulated page load (script evaluation, parsing, layout…). */
  mainThreadMs: number;
  /** JavaScript transferred (compressed, as served) in the load. */
  scriptKib: number;
  scripts: number;
  /** The audits that cost the most score, for the "what costs" part of the output. */
  opportunities: string[];
  finalUrl: string;
  /** The whole report, as Lighthouse's JSON output (open it in the Lighthouse viewer). */
  reportJson: string;
}

const numeric = (lhr: Result, id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;

function scriptWeight(lhr: Result): { kib: number; count: number } {
  const details = lhr.audits["resource-summary"]?.details;
  if (details?.type !== "table") return { kib: Number.NaN, count: 0 };
  const row = details.items.find((item) => item.resourceType === "script");
  return { kib: Number(row?.transferSize ?? 0) / 1024, count: Number(row?.requestCount ?? 0) };
}

/** Performance audits that failed, worst first, with what they report ("Reduce unused JavaScript: 120 KiB"). */
function failedAudits(lhr: Result): string[] {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is NonNullable<typeof audit> => !!audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, 6)
    .map((audit) => `${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ""}`);
}

export async function runLighthouse(url: string, debuggingPort: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port: debuggingPort,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scripts = scriptWeight(lhr);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? Number.NaN) * 100),
    fcpMs: numeric(lhr, "first-contentful-paint"),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    siMs: numeric(lhr, "speed-index"),
    mainThreadMs: numeric(lhr, "mainthread-work-breakdown"),
    scriptKib: scripts.kib,
    scripts: scripts.count,
    opportunities: failedAudits(lhr),
    finalUrl: lhr.finalDisplayedUrl,
    reportJson: typeof result.report === "string" ? result.report : JSON.stringify(lhr),
  };
}
