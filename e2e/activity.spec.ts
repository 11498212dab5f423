import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, newClient, signIn, signUp, test, uniqueEmail } from "./fixtures";

/**
 * Activity and support against the embedded default: a real "Sync now" of the demo workspace (connected
 * to the sandbox at seed) fills the process log, then the searches are checked as a marketer, as support
 * staff, and as the member of another workspace. Serial: the later tests search what the first one synced.
 */
test.describe.configure({ mode: "serial" });

/** A sandbox run of one chunk; the first also opens the simulators. */
const RUN_TIMEOUT_MS = 150_000;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

let email = "";
let processId = "";

async function signInAs(page: Page, who: string) {
  await signIn(page, who, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/login/);
}

test("Sync now fills the log, and a search by email finds the person's records with their process", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT_MS + 60_000);
  await signInAs(page, "marketer@demo.test");
  await page.goto("/activity");
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sync started" })).toBeVisible();

  // The run finishes in the background; the page is looked at again until its row says so.
  const newest = page.getByTestId("process-row").first();
  await expect(async () => {
    await page.reload();
    await expect(newest).toContainText(/Completed/, { timeout: 1_000 });
  }).toPass({ timeout: RUN_TIMEOUT_MS, intervals: [2_000] });

  // The run that wrote the most records (a repeated run writes nothing: unchanged records cost nothing).
  await page.goto("/activity?sort=coMapped.desc");
  const busiest = page.getByTestId("process-row").first();
  processId = (await busiest.getByRole("link").first().innerText()).trim();
  await busiest.getByRole("link", { name: processId }).click();
  await expect(page).toHaveURL(new RegExp(`/activity/${processId}$`));
  const withEmail = page.getByTestId("outcome-row").filter({ hasText: EMAIL }).first();
  email = (await withEmail.innerText()).match(EMAIL)![0];

  await page.goto("/activity");
  await page.getByRole("searchbox", { name: "Find a person" }).fill(email);
  await expect(page).toHaveURL(/[?&]person=/);
  const found = page.getByTestId("person-row");
  await expect(found.first()).toContainText(email);
  await expect(found.first().getByRole("link", { name: processId })).toHaveAttribute("href", `/activity/${processId}`);
  const before = await found.allTextContents();

  // The search is in the URL: a reload shows the same records.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Find a person" })).toHaveValue(email);
  await expect(page.getByTestId("person-row")).toHaveText(before);
});

test("sorting and filters live in the URL, so a reload reproduces the view", async ({ page }) => {
  await signInAs(page, "marketer@demo.test");
  await page.goto("/activity");
  await page.getByRole("button", { name: "Kind" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Incremental" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]kind=incremental/);
  await page.getByRole("button", { name: /^Mapped/ }).click();
  await expect(page).toHaveURL(/[?&]sort=coMapped\.desc/);
  const rows = page.getByTestId("process-row");
  await expect(rows.first()).toBeVisible();
  const url = page.url();
  const shown = await rows.allTextContents();
  expect(shown.every((text) => text.includes("Incremental"))).toBe(true);

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("button", { name: /Kind.*Incremental/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Mapped/ })).toHaveAttribute("aria-sort", "descending");
  await expect(rows).toHaveText(shown);
});

test("support staff find the record in the demo workspace and open its process", async ({ browser }) => {
  const { context, page } = await newClient(browser);
  await signInAs(page, "support@demo.test");
  await page.goto("/support");
  await page.getByRole("searchbox", { name: "Search all workspaces" }).fill(email);
  const row = page.getByTestId("person-row").filter({ hasText: email }).first();
  await expect(row).toContainText("Demo Workspace");
  await row.getByRole("link", { name: processId }).click();
  await expect(page).toHaveURL(new RegExp(`/support/processes/${processId}$`));
  await expect(page.getByRole("heading", { name: `Process ${processId}` })).toBeVisible();
  await expect(page.getByText("Demo Workspace").first()).toBeVisible();
  await context.close();
});

test("a member of another workspace finds none of it", async ({ browser }) => {
  const { context, page } = await newClient(browser);
  await signUp(page, { name: "Other Owner", email: uniqueEmail("other"), workspaceName: "Other Company" });
  await page.goto(`/activity?person=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { name: "No sync runs yet" })).toBeVisible();
  await expect(page.getByTestId("person-row")).toHaveCount(0);
  expect((await page.goto(`/activity/${processId}`))?.status()).toBe(404);
  expect((await page.request.get(`/activity/${processId}/failures.csv`)).status()).toBe(404);
  expect((await page.goto("/support"))?.status()).toBe(403);
  await context.close();
});
