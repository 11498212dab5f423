import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { baseURL } from "./playwright.config";

/** Steps of the Connection page against the portal's own sandbox, shared by the specs that connect a workspace. */

export const ON24 = { clientId: "48213", key: "sandbox-on24-token-key", secret: "sandbox-on24-token-secret", baseUrl: `${baseURL}/api/sandbox/on24/v2` };
export const MARKETO = { secret: "sandbox-marketo-secret", identityUrl: `${baseURL}/api/sandbox/marketo/identity` };

async function chooseRegion(page: Page, region: "North America" | "Europe and Global") {
  await page.getByRole("combobox", { name: "Region" }).click();
  await page.getByRole("option", { name: region }).click();
}

/** Clicks a button that runs a server action of this page and waits for the action's answer. */
export async function runAction(page: Page, button: string) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === new URL(page.url()).pathname, { timeout: 30_000 });
  await page.getByRole("button", { name: button, exact: true }).click();
  await answered;
}

export async function associateSandboxToken(page: Page, region: "North America" | "Europe and Global" = "North America") {
  await page.getByLabel("ON24 client ID").fill(ON24.clientId);
  await chooseRegion(page, region);
  await page.getByLabel("Access token key").fill(ON24.key);
  await page.getByLabel("Access token secret").fill(ON24.secret);
  await page.getByLabel("ON24 base URL (test deployments only)").fill(ON24.baseUrl);
  await runAction(page, "Associate Access Token");
  await expect(page.getByText("Access token associated for Sandbox Marketing (ON24 simulator).")).toBeVisible();
  await expect(page.getByTestId("on24-token-status")).toContainText("Token ••••-key for client 48213");
}

export async function fillMarketo(page: Page, clientId: string) {
  await page.getByLabel("Client ID", { exact: true }).fill(clientId);
  await page.getByLabel("Client Secret").fill(MARKETO.secret);
  await page.getByLabel("Identity URL").fill(MARKETO.identityUrl);
}

export async function testConnection(page: Page) {
  await runAction(page, "Test Connection");
  await expect(page.getByRole("button", { name: "Test Connection" })).toBeEnabled();
}
