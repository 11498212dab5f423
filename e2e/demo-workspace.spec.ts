import { DEMO_ADMIN_STATE, expect, test } from "./fixtures";

test.use({ storageState: DEMO_ADMIN_STATE });

test("the demo admin sees the seeded workspace with one member per role", async ({ page }) => {
  await page.goto("/members");
  await expect(page.getByTestId("active-workspace")).toHaveText("Demo Workspace");
  const rows = page.getByTestId("member-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "admin@demo.test" }).getByRole("combobox")).toHaveText("Admin");
  await expect(rows.filter({ hasText: "marketer@demo.test" }).getByRole("combobox")).toHaveText("Marketer");
  await expect(rows.filter({ hasText: "viewer@demo.test" }).getByRole("combobox")).toHaveText("Viewer");
  // Staff accounts are not members of any workspace.
  await expect(page.getByText("support@demo.test")).toHaveCount(0);
});

test("support staff without a workspace land on the Support page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("support@demo.test");
  await page.getByLabel("Password").fill("demo-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/support$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(["Support", "On-call emails"]);
  expect((await page.goto("/members"))?.status()).toBe(200);
  await expect(page).toHaveURL(/\/support$/);
  await context.close();
});
