import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

// Keyboard paths (issue 14): logging and sign-off with the keyboard alone, and
// focus landing on what the answer says — the first field it marks, or the
// announced message — never on the page body.

test.use({ storageState: storageStatePath("coordinator") });

test("a coordinator logs a session by keyboard: a refusal focuses the field, a success the message", async ({ page }) => {
  await demoProductionPath(page);
  const summary = page.getByText("Log a training session");
  await summary.focus();
  await page.keyboard.press("Enter"); // opens the folded form
  const form = page.getByRole("form", { name: "Log a training session" });
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Performer")).toBeFocused();
  await page.keyboard.type("Sam");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Discipline")).toBeFocused();
  await page.keyboard.type("Motor");
  // Submit from the button with nothing counted: the count field is marked, and focus goes to it.
  await form.getByRole("button", { name: "Log session" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByLabel("Count (reps)")).toBeFocused();
  await expect(form.getByLabel("Count (reps)")).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  const status = form.getByRole("status");
  await expect(status).toContainText("Logged and verified: 7 × Motorbike jump for Sam Okafor");
  await expect(status).toBeFocused();
});

test("a coordinator signs off an entry by keyboard; 'Verify selected' with nothing ticked says what to do, with the focus", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.goto(`${production}/sign-off`);
  // "Verify selected" with nothing ticked: the message says what to do, and has the focus.
  const bulk = page.getByRole("form", { name: "Verify several entries" });
  await bulk.getByRole("button", { name: "Verify selected" }).focus();
  await page.keyboard.press("Enter");
  await expect(bulk.getByRole("status")).toHaveText(/Choose (at least one entry|the entries to verify)/);
  await expect(bulk.getByRole("status")).toBeFocused();
  // The first entry someone else logged (one's own has no Verify button), known by its history link.
  const first = page.getByTestId("pending-session").filter({ has: page.getByRole("button", { name: "Verify", exact: true }) }).first();
  const history = await first.getByRole("link", { name: "History" }).getAttribute("href");
  await first.getByRole("button", { name: "Verify", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`[data-testid="pending-session"]:has(a[href="${history}"])`)).toHaveCount(0);
});

test("rejecting by keyboard: a reason too short is marked and focused", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.goto(`${production}/sign-off`);
  const row = page.getByTestId("pending-session").filter({ has: page.getByRole("button", { name: "Reject…" }) }).first();
  await row.getByRole("button", { name: "Reject…" }).focus();
  await page.keyboard.press("Enter");
  const reason = row.getByLabel("Reason the performer will see");
  await reason.focus();
  await page.keyboard.type("no");
  await row.getByRole("button", { name: "Reject entry" }).focus();
  await page.keyboard.press("Enter");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toBeFocused();
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a wrong password at sign-in: the message has the focus; an empty email focuses the email field", async ({ page, consoleErrors }) => {
    await page.goto("/login");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Email")).toBeFocused();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.type("coordinator@demo.test");
    await page.getByRole("button", { name: "Sign in" }).focus();
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert").filter({ hasText: "Wrong email or password." });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    // The browser logs next-auth's 401 answer to the refused credentials; that one is expected.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining("401 (Unauthorized)")]);
  });
});
