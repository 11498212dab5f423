import { test as setup } from "@playwright/test";
import { DEMO_ADMIN_STATE, DEMO_PASSWORD, expect, uniqueIp } from "./fixtures";

/** Signs the demo admin in once and saves the session, for tests that only need to be signed in. */
setup("sign in as the demo admin", async ({ browser }) => {
  // The first sign-in opens the embedded database: creating, migrating and seeding it takes 15–30 s here.
  setup.setTimeout(120_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("active-workspace")).toHaveText("Demo Workspace", { timeout: 90_000 });
  await context.storageState({ path: DEMO_ADMIN_STATE });
  await context.close();
});
