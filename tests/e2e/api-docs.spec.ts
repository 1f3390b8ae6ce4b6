import { expect, test } from "./fixtures";

// The API's reference page, served by the app itself: no sign-in, no script from elsewhere.
test.use({ storageState: { cookies: [], origins: [] } });

test("the API reference lists every area and renders an operation's fields", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol.startsWith("http") && hostname !== "127.0.0.1") external.push(request.url());
  });
  const response = await page.goto("/api-docs");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("API");
  await expect(page.getByText("/api/v1/productions/{productionId}/sessions").first()).toBeVisible();
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  expect((await openapi.json()).openapi).toBe("3.1.0");
  expect(external).toEqual([]);
  await page.screenshot({ path: "tmp/screenshots/api-docs.png" });
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
});
