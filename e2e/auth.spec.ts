import { PASSWORD, expect, signIn, signOut, signUp, test, uniqueEmail } from "./fixtures";

test("sign up lands in the new workspace as its admin; sign out and sign in again", async ({ page }) => {
  const email = uniqueEmail("founder");
  await signUp(page, { name: "Fran Founder", email, workspaceName: "Founders Inc" });
  await expect(page).toHaveURL(/\/connection$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" })).toBeVisible();

  await signOut(page);
  await page.goto("/connection");
  await expect(page).toHaveURL(/\/login\?next=%2Fconnection$/);

  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/connection$/);
  await expect(page.getByTestId("active-workspace")).toHaveText("Founders Inc");
});

test("sign up explains what is wrong with the form", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Short Pass");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Workspace name").fill("Acme");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveValue("not-an-email");
});

test("a wrong password says so", async ({ page }) => {
  const email = uniqueEmail("wrongpw");
  await signUp(page, { name: "Wes Wrong", email, workspaceName: "Wrong Co" });
  await signOut(page);
  await signIn(page, email, "not-the-password");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("the sixth attempt after five wrong passwords is throttled, even with the right password", async ({ page }) => {
  const email = uniqueEmail("throttle");
  await signUp(page, { name: "Theo Throttle", email, workspaceName: "Throttle Co" });
  await signOut(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `wrong-password-${attempt}`);
    await expect(page.locator("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  }
  await signIn(page, email, PASSWORD);
  await expect(page.locator("main").getByRole("alert")).toHaveText(/^Too many attempts — try again in (15|14) minutes\.$/);
  await expect(page).toHaveURL(/\/login/);
});
