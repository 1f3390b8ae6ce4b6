import AxeBuilder from "@axe-core/playwright";
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { drawAllCharts, expect, storageStatePath, test, type Account } from "./fixtures";

// Issue 14's quality bar: axe (all its rules, WCAG 2.x A/AA, best practice and target size)
// finds nothing on any page, in the light theme and in the dark one. Each page
// is opened by the role that sees it; the theme comes from the system setting
// (Playwright's colorScheme), which is what a first visit follows.

const THEMES = ["light", "dark"] as const;

interface Ids {
  productionId: string;
  alex: string;
  stuntId: string;
  verifiedSessionId: string;
}

async function api(account: Account, baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: storageStatePath(account) });
}

async function demoIds(baseURL: string): Promise<Ids> {
  const coordinator = await api("coordinator", baseURL);
  const [production] = await (await coordinator.get("/api/v1/productions")).json();
  const base = `/api/v1/productions/${production.id}`;
  const performers: { performerId: string; name: string }[] = await (await coordinator.get(`${base}/performers`)).json();
  const alex = performers.find((p) => p.name === "Alex Rivera")!.performerId;
  const stunts: { id: string; name: string }[] = await (await coordinator.get(`${base}/stunts`)).json();
  const stuntId = stunts.find((s) => s.name === "Motorbike off the cliff")!.id;
  const { entries } = await (await coordinator.get(`${base}/sessions?performerId=${alex}&status=verified&limit=1`)).json();
  await coordinator.dispose();
  return { productionId: production.id, alex, stuntId, verifiedSessionId: entries[0].id };
}

/** Runs axe on what the page shows now and fails with each violation's rule, help text and first elements. */
async function expectNoAxeViolations(page: Page, label: string) {
  // (Not "networkidle": pages with live updates keep an event stream open.)
  await page.waitForLoadState("load");
  // target-size (WCAG 2.2: 24 px, or spaced apart) is off in axe by default: on here, for a finger on a phone.
  const { violations } = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)}]` : ""}`).join("; ")}`);
  expect(found, `axe on ${label}`).toEqual([]);
}

async function visit(
  page: Page,
  path: string,
  theme: (typeof THEMES)[number],
  ready?: (page: Page) => Promise<void>,
  status = 200,
  screenshot?: { path: string; fullPage: boolean },
) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
  if (ready) await ready(page);
  if (screenshot) await page.screenshot(screenshot);
  // Folded sections (log a session, report an incident, check in…) hold most of the forms: check them open.
  await page.locator("details:not([open])").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expectNoAxeViolations(page, `${path} (${theme})`);
}

/** Every chart drawn (each is drawn when scrolled to), so that axe sees what a reader scrolling down would. */
const chartsDrawn = drawAllCharts;

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test.describe("as a coordinator", () => {
      test.use({ storageState: storageStatePath("coordinator") });

      test("dashboard, performer, plan, sign-off, stunts, a stunt, settings, inbox, profile, API docs, an entry's history and the wall", async ({ page, baseURL }) => {
        test.setTimeout(120_000);
        const ids = await demoIds(baseURL!);
        const base = `/productions/${ids.productionId}`;
        const dashboardShot = theme === "dark" ? { path: "tmp/screenshots/dashboard-dark.png", fullPage: true } : undefined;
        await visit(page, base, theme, async (p) => expect(p.getByRole("progressbar").first()).toBeVisible(), 200, dashboardShot);
        await visit(page, `${base}/performers/${ids.alex}`, theme, chartsDrawn);
        await visit(page, `${base}/performers/${ids.alex}/plan`, theme);
        await visit(page, `${base}/sign-off`, theme);
        await visit(page, `${base}/stunts`, theme);
        await visit(page, `${base}/stunts/${ids.stuntId}`, theme);
        await visit(page, `${base}/settings`, theme);
        await visit(page, `${base}/sessions/${ids.verifiedSessionId}/history`, theme);
        await visit(page, "/inbox", theme);
        await visit(page, "/profile", theme);
        await visit(page, "/api-docs", theme);
        await visit(page, `${base}/wall`, theme);
      });

      test("the public page of a seal, for anyone who has it", async ({ page, browser, baseURL }) => {
        const ids = await demoIds(baseURL!);
        const sealed = await page.request.post(`/api/v1/productions/${ids.productionId}/stunts/${ids.stuntId}/dossiers`);
        expect(sealed.status()).toBe(201);
        const { sha256 } = (await sealed.json()) as { sha256: string };
        const stranger = await browser.newContext({ baseURL, colorScheme: theme, storageState: { cookies: [], origins: [] } });
        await visit(await stranger.newPage(), `/verify/${sha256}`, theme);
        await stranger.close();
      });
    });

    test.describe("as a performer", () => {
      test.use({ storageState: storageStatePath("performer1") });

      test("their own page with the logbook, their plan, and the correction form", async ({ page, baseURL }) => {
        const ids = await demoIds(baseURL!);
        const base = `/productions/${ids.productionId}`;
        await page.setViewportSize({ width: 390, height: 844 });
        const phoneShot = theme === "dark" ? { path: "tmp/screenshots/performer-phone-dark.png", fullPage: false } : undefined;
        await visit(page, `${base}/performers/${ids.alex}`, theme, chartsDrawn, 200, phoneShot);
        // Charts are one labelled image each: nothing inside them takes focus.
        const charts = page.locator('figure[role="img"]');
        expect(await charts.count()).toBeGreaterThan(2);
        for (const chart of await charts.all()) {
          await expect(chart).toHaveAttribute("aria-label", /\w+/);
          expect(await chart.locator('[tabindex]:not([tabindex="-1"]), a, button, input, [role="application"]').count()).toBe(0);
        }
        await page.setViewportSize({ width: 1280, height: 720 });
        await visit(page, `${base}/performers/${ids.alex}/plan`, theme);
        await visit(page, `${base}/sessions/${ids.verifiedSessionId}/correct`, theme);
      });
    });

    test.describe("as a viewer", () => {
      test.use({ storageState: storageStatePath("viewer") });

      test("the read-only dashboard and a stunt, a page their role may not open, and a page that does not exist", async ({ page, baseURL, consoleErrors }) => {
        const ids = await demoIds(baseURL!);
        const base = `/productions/${ids.productionId}`;
        await visit(page, base, theme, async (p) => {
          await expect(p.getByRole("progressbar").first()).toBeVisible();
        });
        await visit(page, `${base}/stunts/${ids.stuntId}`, theme);
        await visit(page, `${base}/settings`, theme, undefined, 403);
        await visit(page, `${base}/stunts/no-such-stunt`, theme, undefined, 404);
        // The browser reports the 403 and the 404 of the documents themselves: those are the point here.
        expect(consoleErrors.every((e) => /status of (403|404)/.test(e)), consoleErrors.join("\n")).toBe(true);
        consoleErrors.length = 0;
      });
    });

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });

      test("the sign-in page, and a witness link", async ({ page, baseURL }) => {
        await visit(page, "/login", theme);
        // A one-time link for an outside witness, on a pending entry of the demo.
        const ids = await demoIds(baseURL!);
        const coordinator = await api("coordinator", baseURL!);
        const base = `/api/v1/productions/${ids.productionId}`;
        const { entries } = await (await coordinator.get(`${base}/sessions?status=pending&limit=1`)).json();
        const made = await coordinator.post(`${base}/sessions/${entries[0].id}/witness-requests`, { data: { name: "Axe Check" } });
        expect(made.status()).toBe(201);
        const { url } = (await made.json()) as { url: string };
        await coordinator.dispose();
        await visit(page, new URL(url).pathname, theme);
      });
    });
  });
}

test.describe("the theme toggle", () => {
  test.use({ storageState: storageStatePath("coordinator"), colorScheme: "light" });

  test("dark, light or the system's: chosen in the header, remembered without a flash of the other theme", async ({ page }) => {
    await page.goto("/profile");
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const html = page.locator("html");
    const toggle = page.getByRole("combobox", { name: "Theme" });
    await expect(toggle).toHaveValue("system");
    await expect(html).not.toHaveClass(/\bdark\b/);
    await toggle.selectOption("dark");
    await expect(html).toHaveClass(/\bdark\b/);
    // The class is set by the inline script before the first paint: it is in the DOM at DOMContentLoaded.
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await expect(toggle).toHaveValue("dark");
    await toggle.selectOption("system");
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(html).toHaveClass(/\bdark\b/);
    await toggle.selectOption("light");
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(toggle).toHaveValue("light");
    await expect(html).not.toHaveClass(/\bdark\b/);
    // A printout is light whatever the theme.
    await toggle.selectOption("dark");
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBackground);
  });
});
