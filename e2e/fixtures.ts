import { randomBytes } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import path from "node:path";

export { expect };

export const DEMO_PASSWORD = "demo-password-1";
/** Saved by auth.setup.ts: the demo admin's signed-in session. */
export const DEMO_ADMIN_STATE = path.join(import.meta.dirname, "../test-results/e2e-auth/demo-admin.json");
export const PASSWORD = "e2e-password-123";

/** A unique email per call, so tests can run in parallel against one database. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@e2e.test`;
}

/**
 * A distinct client IP per browser context (sent as X-Forwarded-For, which `next start` keeps), so the
 * per-IP login throttle of one test never blocks another test's sign-ins.
 */
export function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2] || 1}`;
}

export async function newClient(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  return { context, page: await context.newPage() };
}

/** Each test's own `page` and `context` come with their own client IP. */
export const test = base.extend({
  // (Playwright's `use` is named `provide` so React's hook lint rule does not mistake it for a hook.)
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": uniqueIp() });
  },
});

export async function signUp(page: Page, user: { name: string; email: string; workspaceName: string; password?: string }) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Work email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password ?? PASSWORD);
  await page.getByLabel("Workspace name").fill(user.workspaceName);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("active-workspace")).toHaveText(user.workspaceName);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** The active workspace's id, as the header exposes it (ids are not secret; access is checked on the server). */
export async function activeWorkspaceId(page: Page): Promise<string> {
  const id = await page.getByTestId("active-workspace").getAttribute("data-workspace-id");
  expect(id).toBeTruthy();
  return id!;
}
