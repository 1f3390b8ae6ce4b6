import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("coordinator") });

test("a coordinator's credential, kept on their profile, shows with their sign-offs", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: /\(your profile\)$/ }).click();
  const form = page.getByRole("form", { name: "Your profile" });
  await form.getByLabel("Credential (optional)").fill("USPA D-99999");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Profile saved.");
  await page.goto(production);
  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await expect(page.getByTestId("session-list").getByText("Verified by Maren Dahl (USPA D-99999)").first()).toBeVisible();
});

test("settings: the sign-off policy and dose limits, with field errors", async ({ page }) => {
  await demoProductionPath(page);
  await page.getByRole("link", { name: "Settings" }).click();
  const limits = page.getByRole("form", { name: "Dose limits for Skydive" });
  await limits.getByLabel("Max jumps per day").fill("0");
  await limits.getByRole("button", { name: "Save limits" }).click();
  await expect(limits.getByText("Maximum per day must be at least 1", { exact: false }).first()).toBeVisible();
  await limits.getByLabel("Max jumps per day").fill("30");
  await limits.getByRole("button", { name: "Save limits" }).click();
  await expect(limits.getByRole("status")).toHaveText("Limits saved.");
  await expect(limits.getByLabel("Max jumps per day")).toHaveValue("30");

  const policy = page.getByRole("form", { name: "Sign-off policy" });
  await expect(policy.getByRole("checkbox")).toBeChecked();
  await policy.getByRole("checkbox").uncheck();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByRole("status")).toHaveText("Policy saved.");
  await expect(policy.getByRole("checkbox")).not.toBeChecked();
  // Back to the demo's default for the tests that follow.
  await policy.getByRole("checkbox").check();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByRole("checkbox")).toBeChecked();
});

test("a coordinator adds a discipline and sets a goal with milestones", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: "Settings" }).click();
  const discipline = page.getByRole("form", { name: "Add a discipline" });
  await discipline.getByLabel("Name (e.g. High fall)").fill("High fall");
  await discipline.getByLabel("Unit (e.g. fall)").fill("fall");
  await discipline.getByRole("button", { name: "Add discipline" }).click();
  await expect(discipline.getByRole("status")).toHaveText('Discipline "High fall" added.');

  await page.goto(production);
  await page.getByRole("link", { name: /Sam Okafor/ }).first().click();
  await page.getByText("Set a goal for Sam Okafor").click();
  const goal = page.getByRole("form", { name: "Set a goal" });
  await goal.getByLabel("Discipline").selectOption({ label: "High fall (falls)" });
  await goal.getByLabel("Target count").fill("40");
  await goal.getByLabel("Deadline (e.g. first shoot day)").fill("2027-03-01");
  await goal.getByLabel("Milestone 1 name").fill("First 10 from 30 ft");
  await goal.getByLabel("Milestone 1 count").fill("400");
  await goal.getByRole("button", { name: "Set goal" }).click();
  await expect(goal.getByText("Milestone 1: Milestone count must not exceed the target")).toBeVisible();
  await expect(goal.getByLabel("Milestone 1 name")).toHaveValue("First 10 from 30 ft");
  await goal.getByLabel("Milestone 1 count").fill("10");
  // Freefall belongs to jump disciplines: the milestone that asks for it is named.
  await goal.getByLabel("Milestone 2 name").fill("Airtime");
  await goal.getByLabel("Milestone 2 count").fill("20");
  await goal.getByLabel("Milestone 2 freefall minutes (optional, for jumps)").fill("5");
  await goal.getByRole("button", { name: "Set goal" }).click();
  await expect(goal.getByText("Milestone 2: High fall does not record jumps")).toBeVisible();
  await goal.getByLabel("Milestone 2 freefall minutes (optional, for jumps)").fill("");
  await goal.getByRole("button", { name: "Set goal" }).click();
  await expect(goal.getByRole("status")).toHaveText("Goal set.");
  const card = page.getByTestId("goal-card").filter({ hasText: "High fall" });
  await expect(card).toContainText("No data yet");
  await expect(card).toContainText("First 10 from 30 ft");
});

test("a coordinator invites a performer, who signs in with the one-time password and accepts", async ({ page, browser }) => {
  await demoProductionPath(page);
  await page.getByRole("link", { name: "Settings" }).click();
  const form = page.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Email").fill("rookie@demo.test");
  await form.getByLabel("Name").fill("Rookie Rider");
  await form.getByRole("button", { name: "Add member" }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText("rookie@demo.test is invited as performer. If they are new to Stuntbook, they sign in with the one-time password below");
  const secret = form.getByLabel("One-time password", { exact: true });
  await expect(secret).toHaveCSS("font-family", /mono/i);
  await expect(form.getByRole("button", { name: "Copy One-time password" })).toBeVisible();
  const password = (await secret.innerText()).trim();
  // Invited, not a member until they accept.
  await expect(page.getByTestId("invitations-pending")).toContainText("rookie@demo.test");
  await expect(page.getByTestId("members")).not.toContainText("rookie@demo.test");

  const rookie = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await rookie.goto("/login");
  await rookie.getByLabel("Email").fill("rookie@demo.test");
  await rookie.getByLabel("Password").fill(password);
  await rookie.getByRole("button", { name: "Sign in" }).click();
  const invitations = rookie.getByTestId("invitations");
  await expect(invitations).toContainText("as performer");
  await invitations.getByRole("button", { name: "Accept" }).click();
  await expect(rookie.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(rookie.getByText("No goals set yet. A coordinator sets them.")).toBeVisible();

  // The coordinator makes the rookie a viewer: it applies from the rookie's next request.
  await page.reload();
  const change = page.getByRole("form", { name: "Change Rookie Rider's role" });
  await change.getByLabel("Role of Rookie Rider").selectOption("viewer");
  await change.getByRole("button", { name: "Change role" }).click();
  await expect(change.getByRole("status")).toHaveText("Now a viewer.");
  await expect(page.getByTestId("members").getByRole("listitem").filter({ hasText: "rookie@demo.test" })).toContainText("viewer");
  await rookie.reload();
  await expect(rookie.getByRole("heading", { name: "Your progress" })).toHaveCount(0);
});

test("a currency rule: set on the settings page, lapses named on the dashboard and the performer's page, then cleared", async ({ page }) => {
  const production = await demoProductionPath(page);
  await page.getByRole("link", { name: "Settings" }).click();
  const rule = page.getByRole("form", { name: "Currency rule for HALO jump" });
  // Half a rule is refused by name.
  await rule.getByLabel("At least this many jumps…").fill("1000");
  await rule.getByRole("button", { name: "Save currency rule" }).click();
  await expect(rule.getByText("Days is required with a count", { exact: false }).first()).toBeVisible();
  // More than anyone jumps in a week: every performer with a HALO goal has lapsed.
  await rule.getByLabel("…within this many days").fill("7");
  await rule.getByRole("button", { name: "Save currency rule" }).click();
  await expect(rule.getByRole("status")).toHaveText("Currency rule saved: 1000 in 7 days.");
  await expect(page.getByTestId("setting-changes").getByText(/HALO jump: currency rule/).first()).toBeVisible();

  await page.goto(production);
  const alerts = page.getByTestId("currency-alerts");
  await expect(alerts.getByRole("heading")).toContainText("lapsed");
  await alerts.getByRole("link").first().click();
  const currency = page.getByTestId("currency-list");
  await expect(currency.getByText("HALO jump")).toBeVisible();
  await expect(currency.getByText("Lapsed")).toBeVisible();

  // Cleared: the rule and its alerts are gone.
  await page.goto(production);
  await page.getByRole("link", { name: "Settings" }).click();
  await rule.getByLabel("At least this many jumps…").fill("");
  await rule.getByLabel("…within this many days").fill("");
  await rule.getByRole("button", { name: "Save currency rule" }).click();
  await expect(rule.getByRole("status")).toHaveText("Currency rule cleared.");
  await page.goto(production);
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await expect(page.getByTestId("currency-alerts")).toHaveCount(0);
});

test("credentials and equipment on the settings page: recorded, their status shown, a service marked, removed", async ({ page }) => {
  await demoProductionPath(page);
  await page.getByRole("link", { name: "Settings" }).click();
  const add = page.getByRole("form", { name: "Add a credential" });
  await add.getByLabel("Whose").selectOption({ label: "Sam Okafor" });
  await add.getByLabel("Kind").selectOption("medical");
  await add.getByLabel("Name (e.g. USPA D licence, Class 2 medical)").fill("Class 2 medical (e2e)");
  await add.getByLabel("Issued on (optional)").fill("2026-01-10");
  await add.getByLabel("Expires on (empty: never)").fill("2026-01-01");
  await add.getByRole("button", { name: "Add credential" }).click();
  await expect(add.getByText("Expires on must not be before the issue date", { exact: false }).first()).toBeVisible();
  await add.getByLabel("Issued on (optional)").fill("2025-01-01");
  await add.getByRole("button", { name: "Add credential" }).click();
  await expect(add.getByRole("status")).toContainText("Class 2 medical (e2e) recorded for Sam Okafor");
  const credential = page.getByTestId("credential-list").getByRole("listitem").filter({ hasText: "Class 2 medical (e2e)" });
  await expect(credential.getByText("Expired", { exact: true })).toBeVisible();

  const gear = page.getByRole("form", { name: "Add equipment" });
  await gear.getByLabel("Name (e.g. Reserve, Alex's rig)").fill("Reserve (e2e)");
  await gear.getByLabel("Kind").selectOption("reserve");
  await gear.getByLabel("Service every (days, optional)").fill("180");
  await gear.getByLabel("Last service (optional)").fill("2025-01-01");
  await gear.getByRole("button", { name: "Add equipment" }).click();
  await expect(gear.getByRole("status")).toContainText("Reserve (e2e) added");
  const reserve = page.getByTestId("equipment-list").getByRole("listitem").filter({ hasText: "Reserve (e2e)" });
  await expect(reserve.getByText("Overdue")).toBeVisible();
  await reserve.getByRole("button", { name: "Mark Reserve (e2e) serviced today" }).click();
  await expect(reserve.getByText("OK", { exact: true })).toBeVisible();

  // Removed again, so that the stunts' verdicts stay as the other tests expect.
  page.on("dialog", (dialog) => void dialog.accept());
  await reserve.getByRole("button", { name: "Remove Reserve (e2e)" }).click();
  await expect(reserve).toHaveCount(0);
  await credential.getByRole("button", { name: "Remove Class 2 medical (e2e) of Sam Okafor" }).click();
  await expect(credential).toHaveCount(0);
});

test("the inbox: a reminder in the header's count, read on the inbox page", async ({ page }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  // Equipment with no service on record is overdue at once: a reminder for coordinators.
  const made = await page.request.post(`/api/v1/productions/${productionId}/equipment`, { data: { name: "Rig (inbox e2e)", kind: "rig", serviceIntervalDays: 180 } });
  expect(made.status()).toBe(201);
  const equipmentId = ((await made.json()) as { id: string }).id;
  await page.reload();
  const inboxLink = page.getByRole("link", { name: /^Inbox \d+ unread$/ });
  await expect(inboxLink).toBeVisible();
  const before = Number(await inboxLink.getByTestId("inbox-badge").textContent());
  await inboxLink.click();
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  const item = page.getByTestId("inbox").getByRole("listitem").filter({ hasText: "Rig (inbox e2e): service overdue (no service on record)" });
  await item.getByRole("button", { name: /^Mark read: Rig \(inbox e2e\)/ }).click();
  await expect(item.getByText("Read", { exact: true })).toBeVisible();
  // The header's count follows on the next page.
  await page.goto(production);
  await expect(page.getByRole("link", { name: before - 1 > 0 ? `Inbox ${before - 1} unread` : "Inbox" })).toBeVisible();
  expect((await page.request.delete(`/api/v1/productions/${productionId}/equipment/${equipmentId}`)).status()).toBe(200);
});

test("a coordinator edits a goal: the card shows the new target at once, and a wrong date is named", async ({ page }) => {
  await demoProductionPath(page);
  await page.getByRole("link", { name: /Jo Lindqvist/ }).first().click();
  await page.getByRole("link", { name: "Edit goal (HALO jump)" }).click();
  await expect(page.getByRole("heading", { name: "Jo Lindqvist: HALO jump goal" })).toBeVisible();
  const form = page.getByRole("form", { name: "Edit the goal" });
  const target = form.getByLabel("Target count");
  const was = await target.inputValue();
  const wasDeadline = await form.getByLabel("Deadline (e.g. first shoot day)").inputValue();
  await form.getByLabel("Deadline (e.g. first shoot day)").fill("2000-01-01");
  await form.getByRole("button", { name: "Save goal" }).click();
  await expect(form.getByText("Deadline must not be before the start date", { exact: false }).first()).toBeVisible();
  await form.getByLabel("Deadline (e.g. first shoot day)").fill("2027-06-30");
  await target.fill(String(Number(was) + 10));
  await form.getByRole("button", { name: "Save goal" }).click();
  await expect(form.getByRole("status")).toContainText(`Goal saved: ${(Number(was) + 10).toLocaleString("en-US")} by 30 Jun 2027.`);
  await page.getByRole("link", { name: "← Jo Lindqvist" }).click();
  await expect(page.getByTestId("goal-card").filter({ hasText: "HALO jump" })).toContainText(` / ${(Number(was) + 10).toLocaleString("en-US")} · `);
  // Back as it was, so the other tests see the demo's goal.
  await page.getByRole("link", { name: "Edit goal (HALO jump)" }).click();
  await page.getByRole("form", { name: "Edit the goal" }).getByLabel("Target count").fill(was);
  await page.getByRole("form", { name: "Edit the goal" }).getByLabel("Deadline (e.g. first shoot day)").fill(wasDeadline);
  await page.getByRole("form", { name: "Edit the goal" }).getByRole("button", { name: "Save goal" }).click();
  await expect(page.getByRole("form", { name: "Edit the goal" }).getByRole("status")).toContainText("Goal saved");
});
