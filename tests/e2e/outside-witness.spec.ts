import { request as playwrightRequest } from "@playwright/test";
import { demoProductionPath, expect, storageStatePath, test } from "./fixtures";

test.use({ storageState: storageStatePath("coordinator") });

// Issue #12: a coordinator asks an outside witness (a dropzone instructor) to
// sign a pending entry; the witness, with no account, opens the link in a
// browser of their own and signs; the coordinator sees who verified it.
test("an outside witness signs a pending entry through a one-time link, without an account", async ({ page, baseURL, browser }) => {
  const production = await demoProductionPath(page);
  const productionId = production.split("/")[2]!;
  // A pending entry of a performer, logged by themself.
  const performer = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath("performer2") });
  const [me] = (await (await performer.get(`/api/v1/productions/${productionId}/performers`)).json()).filter((p: { name: string }) => p.name === "Sam Okafor");
  const disciplines: { id: string; name: string }[] = await (await performer.get(`/api/v1/productions/${productionId}/disciplines`)).json();
  const logged = await performer.post(`/api/v1/productions/${productionId}/sessions`, {
    data: { performerId: me.performerId, disciplineId: disciplines.find((d) => d.name === "Skydive")!.id, date: new Date().toISOString().slice(0, 10), count: 4, notes: "witness-me" },
  });
  expect(logged.status()).toBe(201);
  await performer.dispose();

  await page.goto(`${production}/performers/${me.performerId}`);
  const entry = () => page.getByTestId("session-list").getByRole("listitem").filter({ hasText: "witness-me" });
  await entry().getByRole("button", { name: /Ask an outside witness to sign/ }).click();
  const form = entry().getByRole("form", { name: /Ask an outside witness to sign/ });
  await form.getByLabel("Witness name").fill("Kari Nordmann");
  await form.getByLabel("Witness email (optional)").fill("kari@dropzone.test");
  await form.getByRole("button", { name: "Make witness link" }).click();
  const shown = entry().getByTestId("witness-link");
  await expect(shown).toContainText("Send this link to the witness");
  await expect(shown).toContainText("Stuntbook sends no email");
  const link = (await shown.getByLabel("Witness link").textContent())!.trim();
  expect(link).toMatch(new RegExp(`^${baseURL}/witness/sbw_[A-Za-z0-9_-]{43}$`));

  // The witness: a fresh browser, never signed in.
  const witnessContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const witness = await witnessContext.newPage();
  await witness.goto(link);
  await expect(witness.getByRole("heading", { name: "Witness a training entry" })).toBeVisible();
  const shownEntry = witness.getByTestId("witness-entry");
  await expect(shownEntry).toContainText("Sam Okafor");
  await expect(shownEntry).toContainText("4 × Skydive");
  await expect(shownEntry).toContainText("witness-me");
  const sign = witness.getByRole("form", { name: "Sign as witness" });
  await sign.getByLabel("Licence or membership number").fill("D-12345");
  // Without the confirmation the signature is refused, by its field.
  await sign.getByRole("button", { name: "Sign as witness" }).click();
  await expect(sign.getByText("Confirm that you saw this training")).toBeVisible();
  await sign.getByLabel("I saw this training and it is recorded correctly").check();
  await sign.getByRole("button", { name: "Sign as witness" }).click();
  await expect(witness.getByTestId("witness-signed")).toContainText("the entry is verified by you");
  // Once only: the link now says so.
  await witness.reload();
  await expect(witness.getByText("This link was already used")).toBeVisible();
  await witnessContext.close();

  await page.reload();
  await expect(entry().getByText("Verified by Kari Nordmann (D-12345), outside witness")).toBeVisible();
  await entry().getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("history")).toContainText("Verified by Kari Nordmann (D-12345), outside witness · link sent by");
});
