import { test as base, expect, type Page } from "@playwright/test";

export const PASSWORD = "stuntbook-demo";
/** The accounts the e2e server creates (scripts/e2e-server.ts): the demo ones and one outside every production. */
export const ACCOUNTS = {
  coordinator: { email: "coordinator@demo.test", password: PASSWORD },
  performer1: { email: "performer1@demo.test", password: PASSWORD },
  performer2: { email: "performer2@demo.test", password: PASSWORD },
  viewer: { email: "viewer@demo.test", password: PASSWORD },
  outsider: { email: "outsider@e2e.test", password: "outsider-password" },
} as const;
export type Account = keyof typeof ACCOUNTS;

export const storageStatePath = (account: Account) => `tmp/e2e-auth/${account}.json`;

/**
 * Every test fails on a browser console error or an uncaught page error: a
 * red console is a defect a user would see in their dev tools.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Opens `path`, a page that redirects, and waits until the browser has landed
 * on a URL matching `landed`.
 *
 * Our pages redirect from inside a streamed response (a server `redirect()`
 * after the loading shell went out), so the redirect is not an HTTP 3xx that
 * `goto` follows: the page carries a `<meta http-equiv="refresh">`, and once
 * hydrated Next's router replaces the location as well. Those navigations
 * start by themselves, before or after the first page has loaded, and either
 * may abort the other. Waiting for the first page's `load` (goto's default) or
 * for a navigation event (`waitForURL`) races them: under load that failed
 * with "net::ERR_ABORTED; maybe frame was detached?". So wait only for the
 * first response to commit, then for the state we want: a retrying assertion
 * on the URL, which only looks at where the page is and cannot be aborted.
 * Once it holds, the landed document has committed, and the navigations that
 * the first page started died with it.
 */
export async function gotoRedirecting(page: Page, path: string, landed: RegExp): Promise<void> {
  await page.goto(path, { waitUntil: "commit" });
  await expect(page).toHaveURL(landed);
}

/** Opens "/", which takes a member of one production to its landing page, and returns the production's path. */
export async function demoProductionPath(page: Page): Promise<string> {
  await gotoRedirecting(page, "/", /\/productions\/[^/]+/);
  const match = /\/productions\/[^/]+/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Unexpected URL ${page.url()}`);
  return match[0];
}

/**
 * Charts are drawn only when scrolled to (components/charts/render-when-visible.tsx):
 * scrolls each chart of the page into view, waits until recharts has drawn it,
 * and ends back at the top of the page.
 */
export async function drawAllCharts(page: Page): Promise<void> {
  const charts = page.locator('figure[role="img"]');
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-surface").first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
