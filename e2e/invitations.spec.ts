import type { Page } from "@playwright/test";
import { PASSWORD, expect, newClient, signUp, test, uniqueEmail } from "./fixtures";

/** Invites from the Members page and returns the accept link, read from the workspace's outbox. */
async function inviteAndReadLink(page: Page, email: string, role: "Admin" | "Marketer" | "Viewer"): Promise<string> {
  await page.goto("/members");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).click();
  await page.getByRole("option", { name: new RegExp(`^${role}`) }).click();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toContainText(role);

  await page.goto("/outbox");
  await page.getByTestId("outbox-row").filter({ hasText: email }).getByRole("link").click();
  const text = await page.getByTestId("email-text").textContent();
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(text ?? "")?.[0];
  expect(link, "accept link in the invitation email").toBeTruthy();
  return new URL(link!).pathname;
}

test("an invited teammate sets a password and lands in the inviting workspace with the invited role", async ({ page, browser }) => {
  await signUp(page, { name: "Ivy Inviter", email: uniqueEmail("ivy"), workspaceName: "India Ltd" });
  const inviteeEmail = uniqueEmail("newbie");
  const link = await inviteAndReadLink(page, inviteeEmail, "Viewer");

  const invitee = await newClient(browser);
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expect(invitee.page.getByText("You're invited to India Ltd as a viewer")).toBeVisible();
  await expect(invitee.page.getByLabel("Email")).toHaveValue(inviteeEmail);
  await invitee.page.getByLabel("Your name").fill("Nina Newbie");
  await invitee.page.getByLabel("Choose a password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Create account and join" }).click();

  await expect(invitee.page).toHaveURL(/\/activity$/);
  await expect(invitee.page.getByTestId("active-workspace")).toHaveText("India Ltd");
  await expect(invitee.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  await invitee.page.getByRole("button", { name: /Account menu/ }).click();
  await expect(invitee.page.getByText("Viewer of India Ltd")).toBeVisible();

  // The link works once.
  await invitee.page.keyboard.press("Escape");
  await invitee.page.goto(link);
  await expect(invitee.page.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();
  await invitee.context.close();

  await page.goto("/members");
  await expect(page.getByTestId("member-row").filter({ hasText: inviteeEmail }).getByRole("combobox")).toHaveText("Viewer");
});

test("someone with an account accepts by signing in, then switches between their workspaces", async ({ page, browser }) => {
  const jo = { name: "Jo Joiner", email: uniqueEmail("jo"), workspaceName: "Juliet Ltd" };
  const joClient = await newClient(browser);
  await signUp(joClient.page, jo);
  await joClient.context.clearCookies();

  await signUp(page, { name: "Kim Keeper", email: uniqueEmail("kim"), workspaceName: "Kilo Ltd" });
  const link = await inviteAndReadLink(page, jo.email, "Marketer");

  await joClient.page.goto(link);
  await expect(joClient.page.getByRole("heading", { name: "Sign in to join" })).toBeVisible();
  await joClient.page.getByLabel("Your password").fill(PASSWORD);
  await joClient.page.getByRole("button", { name: "Sign in and join" }).click();
  await expect(joClient.page).toHaveURL(/\/connection$/);
  await expect(joClient.page.getByTestId("active-workspace")).toHaveText("Kilo Ltd");
  await expect(joClient.page.getByRole("link", { name: "Members" })).toHaveCount(0);
  expect((await joClient.page.goto("/members"))?.status()).toBe(403);

  await joClient.page.goto("/connection");
  await joClient.page.getByRole("button", { name: /Switch workspace/ }).click();
  await joClient.page.getByRole("menuitemradio", { name: /Juliet Ltd/ }).click();
  await expect(joClient.page.getByTestId("active-workspace")).toHaveText("Juliet Ltd");
  await expect(joClient.page.getByRole("link", { name: "Members" })).toBeVisible();
  await joClient.page.goto("/members");
  await expect(joClient.page.getByTestId("member-row")).toHaveCount(1);
  await joClient.context.close();
});

test("admins change roles and remove members, but never the last admin", async ({ page, browser }) => {
  await signUp(page, { name: "Lee Lead", email: uniqueEmail("lee"), workspaceName: "Lima Ltd" });
  const mateEmail = uniqueEmail("mate");
  const link = await inviteAndReadLink(page, mateEmail, "Marketer");
  const mate = await newClient(browser);
  await mate.page.goto(link);
  await mate.page.getByLabel("Your name").fill("Max Mate");
  await mate.page.getByLabel("Choose a password").fill(PASSWORD);
  await mate.page.getByRole("button", { name: "Create account and join" }).click();
  await expect(mate.page.getByTestId("active-workspace")).toHaveText("Lima Ltd");
  await mate.context.close();

  await page.goto("/members");
  const selfRole = page.getByRole("combobox", { name: "Role of Lee Lead" });
  await selfRole.click();
  await page.getByRole("option", { name: "Viewer" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("A workspace needs at least one admin");
  await expect(selfRole).toHaveText("Admin");

  const mateRole = page.getByRole("combobox", { name: "Role of Max Mate" });
  await mateRole.click();
  await page.getByRole("option", { name: "Viewer" }).click();
  await expect(mateRole).toHaveText("Viewer");

  await page.getByRole("button", { name: "Remove Max Mate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByTestId("member-row")).toHaveCount(1);

  await page.goto("/audit-log");
  await expect(page.getByTestId("audit-row").filter({ hasText: "Changed a member's role" })).toHaveCount(1);
  await expect(page.getByTestId("audit-row").filter({ hasText: "Removed a member" })).toHaveCount(1);
});
