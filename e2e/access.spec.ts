import { DEMO_PASSWORD, activeWorkspaceId, expect, newClient, signIn, signUp, test, uniqueEmail } from "./fixtures";

test("a viewer opening Members gets the 403 page", async ({ page }) => {
  await signIn(page, "viewer@demo.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/activity$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" })).toHaveCount(0);

  const response = await page.goto("/members");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  for (const path of ["/outbox", "/audit-log", "/support"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
});

test("workspace A cannot read workspace B's pages or run its actions by tampering with ids", async ({ page, browser }) => {
  const bob = { name: "Bob B", email: uniqueEmail("bob"), workspaceName: "Bravo Ltd" };
  const b = await newClient(browser);
  await signUp(b.page, bob);
  const bravoId = await activeWorkspaceId(b.page);
  await b.page.goto("/members");
  await b.page.getByRole("button", { name: "Remove Bob B" }).click();
  const bobUserId = await b.page.getByRole("alertdialog").locator('input[name="userId"]').getAttribute("value");
  await b.page.keyboard.press("Escape");

  const alice = { name: "Alice A", email: uniqueEmail("alice"), workspaceName: "Alpha Ltd" };
  await signUp(page, alice);
  const alphaId = await activeWorkspaceId(page);
  expect(alphaId).not.toBe(bravoId);

  // A forged workspace cookie is ignored: the server checks it against Alice's memberships.
  await page.context().addCookies([{ name: "active_workspace", value: bravoId, url: page.url() }]);
  for (const path of ["/members", "/outbox", "/audit-log", "/connection"]) {
    await page.goto(path);
    await expect(page.getByTestId("active-workspace"), path).toHaveText("Alpha Ltd");
    await expect(page.getByText("Bravo Ltd"), path).toHaveCount(0);
  }
  await page.goto("/members");
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expect(page.getByText(bob.email)).toHaveCount(0);

  // A forged workspaceId posted with an action is refused.
  const invitee = uniqueEmail("forged");
  await page.locator("form", { has: page.getByLabel("Email address") }).evaluate((form, id) => {
    const input = document.createElement("input");
    Object.assign(input, { type: "hidden", name: "workspaceId", value: id });
    form.appendChild(input);
  }, bravoId);
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("belongs to a workspace that is no longer active");

  // A forged member id (Bob, of Bravo) in Alice's remove form is refused too.
  expect(bobUserId).toBeTruthy();
  await page.getByRole("button", { name: "Remove Alice A" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.locator('input[name="userId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), bobUserId!);
  await dialog.getByRole("button", { name: "Leave workspace" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("That person is not a member of this workspace.");

  // Bravo is untouched: Bob is still its admin and no invitation reached its outbox.
  await b.page.goto("/members");
  await expect(b.page.getByTestId("member-row")).toHaveCount(1);
  await expect(b.page.getByRole("combobox", { name: /Role of Bob B/ })).toHaveText("Admin");
  await expect(b.page.getByText(invitee)).toHaveCount(0);
  await b.page.goto("/outbox");
  await expect(b.page.getByText("No emails yet")).toBeVisible();
  await b.context.close();
});

test("outbox emails of another workspace are not found by id", async ({ page, browser }) => {
  const b = await newClient(browser);
  await signUp(b.page, { name: "Cara C", email: uniqueEmail("cara"), workspaceName: "Charlie Ltd" });
  await b.page.goto("/members");
  await b.page.getByLabel("Email address").fill(uniqueEmail("guest"));
  await b.page.getByRole("button", { name: "Send invitation" }).click();
  await expect(b.page.getByText(/^Invitation sent to/)).toBeVisible();
  await b.page.goto("/outbox");
  const href = await b.page.getByTestId("outbox-row").getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/outbox\/\d+$/);
  await b.context.close();

  await signUp(page, { name: "Dan D", email: uniqueEmail("dan"), workspaceName: "Delta Ltd" });
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});
