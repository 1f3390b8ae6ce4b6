import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, signIn, storageStatePath, type Account } from "./fixtures";

// Sign in once per account through the real form and keep the cookie.
for (const account of Object.keys(ACCOUNTS) as Account[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    const { email, password } = ACCOUNTS[account];
    await signIn(page, email, password);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: storageStatePath(account) });
  });
}
