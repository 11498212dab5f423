import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, signIn, signUp, test, uniqueEmail } from "./fixtures";
import { associateSandboxToken, fillMarketo, MARKETO, ON24, runAction, testConnection } from "./connection-steps";
import { baseURL } from "./playwright.config";

/**
 * Onboarding in the browser against the built-in sandbox: a new marketer connects ON24 and Marketo from
 * the portal's own words, every bad schema shows its failing check and fix, and no secret ever reaches
 * the browser.
 */

const SHOTS = "/tmp/shots-onb";
const SECRETS = [ON24.key, ON24.secret, MARKETO.secret];

mkdirSync(SHOTS, { recursive: true });

/** Collects the body of every page and server-action response the browser receives. */
function captureResponses(page: Page): () => Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (request.method() === "POST" || request.resourceType() === "document" || request.resourceType() === "fetch") {
      bodies.push(response.text().catch(() => ""));
    }
  });
  return async () => (await Promise.all(bodies)).join("\n");
}

async function expectNoSecret(text: string) {
  for (const secret of SECRETS) expect(text.includes(secret), `"${secret}" must never reach the browser`).toBe(false);
}

const check = (page: Page, id: string) => page.getByTestId(`check-${id}`);

test("a new marketer connects the sandbox from sign-up to a saved, validated connection", async ({ page }) => {
  const responses = captureResponses(page);
  await signUp(page, { name: "Nora Newcomer", email: uniqueEmail("onboard"), workspaceName: "Newcomer Marketing" });
  await expect(page).toHaveURL(/\/connection$/);
  await expect(page.getByText("Not set up", { exact: true })).toBeVisible();

  await associateSandboxToken(page);
  await fillMarketo(page, "sandbox");
  await expect(page.getByTestId("identity-url-preview")).toContainText(`Will connect to ${baseURL}/api/sandbox/marketo`);
  await expect(page.getByTestId("identity-url-preview")).toContainText('Removed "/identity" from the end');
  await page.screenshot({ path: `${SHOTS}/connection-before-test.png`, fullPage: true });

  // Hold the request briefly so the running state can be seen: both buttons are disabled while it runs.
  await page.route("**/connection", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/connection"));
  await page.getByRole("button", { name: "Test Connection" }).click();
  await expect(page.getByRole("button", { name: "Testing…" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  await answered;
  await page.unroute("**/connection");
  await expect(page.getByTestId("test-checklist")).toContainText("Successful Connection");
  const checks = page.getByTestId("test-checklist").locator("[data-status]");
  expect(await checks.count()).toBeGreaterThanOrEqual(12);
  await expect(page.getByTestId("test-checklist").locator('[data-status="fail"]')).toHaveCount(0);
  for (const id of ["marketo-token", "co-describe", "co-dedupe-fields", "co-person-link", "co-id-types", "co-field-types", "lead-pepurl", "on24-token"]) {
    await expect(check(page, id)).toHaveAttribute("data-status", "pass");
  }
  await expect(check(page, "on24-content-types")).toContainText("Webinar");
  await page.screenshot({ path: `${SHOTS}/connection-after-test.png`, fullPage: true });

  await runAction(page, "Save");
  await expect(page.getByText("Connection saved. Syncing is on")).toBeVisible();
  await expect(page.getByText("Connected · syncing")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/connection-saved.png`, fullPage: true });

  await page.reload();
  await expect(page.getByText("Saved (••••cret) — leave empty to keep it.")).toBeVisible();
  await expectNoSecret(await page.content());

  await page.goto("/setup-guide");
  await expect(page.getByTestId("guide-step").filter({ hasText: "Set up the integration" })).toHaveAttribute("data-state", "done");
  const firstEvent = page.getByTestId("recipe-event").first();
  await expect(firstEvent).toContainText(/eventid \d+/);
  const eventId = (await firstEvent.locator("summary .font-mono").textContent())!.trim();
  await expect(firstEvent).toContainText(`eventid: ${eventId}`);
  await expect(firstEvent).toContainText("Added to ON24 Attendee");
  await expect(firstEvent).toContainText("attendedarchive: Y");
  await page.screenshot({ path: `${SHOTS}/setup-guide.png`, fullPage: true });
  const csv = await page.request.get("/setup-guide/fields.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toBe("API name,Display name,Type,Length");

  await page.goto("/audit-log");
  await expect(page.getByText("Saved the connection (Test Connection passed; syncing on)")).toBeVisible();
  await expect(page.getByTestId("audit-row").filter({ hasText: "Client Secret" }).first()).toContainText("changed");
  await expectNoSecret(await responses());
});

test("each bad custom object shows its failing check and fix; Save is refused for the region/type case", async ({ page }) => {
  const responses = captureResponses(page);
  await signUp(page, { name: "Bea Broken", email: uniqueEmail("variants"), workspaceName: "Broken Schemas" });
  await associateSandboxToken(page);
  const cases = [
    { clientId: "sandbox-missing-dedupe", id: "co-dedupe-fields", text: "The dedupe fields must be exactly personid, eventid and eventuserid" },
    { clientId: "sandbox-wrong-types", id: "co-field-types", text: "a type the sync can't fill correctly" },
    { clientId: "sandbox-object-missing", id: "co-describe", text: "Approve Object" },
    { clientId: "sandbox-access-denied", id: "co-describe", text: "lacks Read-Write Custom Object (603)" },
  ];
  for (const c of cases) {
    await fillMarketo(page, c.clientId);
    await testConnection(page);
    await expect(check(page, c.id)).toHaveAttribute("data-status", "fail");
    await expect(check(page, c.id)).toContainText(c.text);
  }

  await associateSandboxToken(page, "Europe and Global");
  await fillMarketo(page, "sandbox-eu-integer");
  await testConnection(page);
  await expect(check(page, "co-id-types")).toHaveAttribute("data-status", "fail");
  await expect(check(page, "co-id-types")).toContainText("Europe and Global ON24 accounts need eventid and eventuserid to be String fields");
  await runAction(page, "Save");
  await expect(page.getByRole("alert").filter({ hasText: "Not saved." })).toContainText("so Save is blocked");
  await expect(page.getByText("Not set up", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/connection-eu-refused.png`, fullPage: true });
  await expectNoSecret(await responses());
});

test("a non-Marketo host is refused before anything is sent", async ({ page }) => {
  await signUp(page, { name: "Eve Evil", email: uniqueEmail("host"), workspaceName: "Host Rule" });
  await associateSandboxToken(page);
  await page.getByLabel("Client ID", { exact: true }).fill("sandbox");
  await page.getByLabel("Client Secret").fill(MARKETO.secret);
  await page.getByLabel("Identity URL").fill("https://evil.example.com/identity");
  await testConnection(page);
  const message = 'Only Marketo REST hosts of the form https://123-ABC-456.mktorest.com are allowed (got "evil.example.com").';
  await expect(page.locator("#field-marketoIdentityUrl-error")).toHaveText(message);
  await expect(page.getByLabel("Identity URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("test-checklist")).toHaveCount(0);

  // Disassociating asks first, then removes the token.
  await page.getByRole("button", { name: "Disassociate Access Token" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Disassociate the ON24 access token?");
  await dialog.getByRole("button", { name: "Disassociate", exact: true }).click();
  await expect(page.getByText("No token", { exact: true })).toBeVisible();
  await expect(page.getByTestId("on24-token-status")).toHaveCount(0);
});

test("option toggles persist, the configuration sentence follows them, and a 45-day backfill is refused", async ({ page }) => {
  await signUp(page, { name: "Otto Options", email: uniqueEmail("options"), workspaceName: "Options Co" });
  await page.goto("/options");
  const summary = page.getByTestId("configuration-summary");
  await expect(summary).toContainText("ON24 registration, option 1");
  await page.getByRole("switch", { name: "Create New People" }).click();
  await expect(summary).toContainText("Marketo registration, option 2");
  await expect(summary).toContainText("After saving");
  await page.getByRole("switch", { name: "Notifications" }).click();
  await page.getByLabel("Recipients").fill("ops@example.com, not-an-address");
  await runAction(page, "Save options");
  await expect(page.getByText("Not a valid email address: not-an-address.")).toBeVisible();
  await expect(page.getByRole("switch", { name: "Create New People" })).toHaveAttribute("aria-checked", "false");
  await page.getByLabel("Recipients").fill("ops@example.com\nteam@example.com");
  await runAction(page, "Save options");
  await expect(page.getByText("Saved: Create New People, Notifications, Notification recipients.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("switch", { name: "Create New People" })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("switch", { name: "ON24 Registrants" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("switch", { name: "Notifications" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByLabel("Recipients")).toHaveValue("ops@example.com\nteam@example.com");
  await expect(summary).toContainText("Current configuration");
  await expect(summary).toContainText("Marketo registration, option 2");

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [start, end] = [day(-60), day(-16)];
  await page.getByLabel("Start date").fill(start);
  await page.getByLabel("End date").fill(end);
  await runAction(page, "Request backfill");
  await expect(page.locator("#field-endDate-error")).toContainText("A backfill covers at most 31 days per run, and this range is 45 days.");
  await page.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });
  await runAction(page, "Queue 2 runs");
  await expect(page.getByText("2 consecutive backfill runs queued")).toBeVisible();
  await expect(page.getByTestId("backfill-row")).toHaveCount(2);
});

test("the demo workspace starts connected to the sandbox, and viewers only read the connection", async ({ page }) => {
  await signIn(page, "viewer@demo.test", DEMO_PASSWORD);
  await expect(page.getByTestId("active-workspace")).toHaveText("Demo Workspace", { timeout: 30_000 });
  await page.goto("/connection");
  await expect(page.getByText("Connected · syncing")).toBeVisible();
  await expect(page.getByTestId("test-checklist")).toContainText("Successful Connection");
  await expect(page.getByRole("button", { name: "Associate Access Token" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Client ID", { exact: true })).toBeDisabled();
  await expectNoSecret(await page.content());
});
