import { expect, gotoRedirecting, signIn, test } from "./fixtures";

test("a page without a session sends you to sign in", async ({ page }) => {
  await gotoRedirecting(page, "/", /\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password gets a clear message and no session", async ({ page, consoleErrors }) => {
  await signIn(page, "coordinator@demo.test", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login/);
  // The browser logs next-auth's 401 answer to the refused credentials; that one is expected.
  expect(consoleErrors.splice(0)).toEqual([expect.stringContaining("401 (Unauthorized)")]);
});

test("an empty form says which field is missing", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter the email address you were invited with").first()).toBeVisible();
  await expect(page.getByText("Enter your password").first()).toBeVisible();
});

test("sign in, then sign out", async ({ page }) => {
  await signIn(page, "viewer@demo.test");
  await expect(page.getByRole("heading", { name: "Cliff Jump — Unit A" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await gotoRedirecting(page, "/", /\/login/);
});

test("someone in no production sees an empty state, and a production's URL is a 404", async ({ page }) => {
  await signIn(page, "outsider@e2e.test", "outsider-password");
  await expect(page.getByText("You are not a member of any production yet.")).toBeVisible();
  const other = await page.request.get("/api/v1/productions");
  expect(await other.json()).toEqual([]);
});
