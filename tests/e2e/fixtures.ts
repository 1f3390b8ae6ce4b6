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

/** The production id of the demo, read from the URL the coordinator lands on. */
export async function demoProductionPath(page: Page): Promise<string> {
  await page.goto("/");
  await page.waitForURL(/\/productions\/[^/]+/);
  const match = /\/productions\/[^/]+/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Unexpected URL ${page.url()}`);
  return match[0];
}
