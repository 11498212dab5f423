import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e against a production build on the embedded default, in Debian's Chromium (never a downloaded browser).
 * The server gets its own data folder and build folder so it never collides with `npm run dev`.
 */
const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
export const baseURL = `http://localhost:${PORT}`;
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results/e2e-artifacts"),
  fullyParallel: false,
  workers: 2,
  retries: 0, // a retry would hide a flake
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(root, "test-results/e2e.json") }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // Saves signed-in sessions (test-results/e2e-auth/) for tests that only need to be signed in.
    { name: "setup", testMatch: /.*\.setup\.ts$/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `rm -rf ${DATA_DIR} && npm run build && npx next start -p ${PORT}`,
    cwd: root,
    url: `${baseURL}/login`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR,
      PGLITE_DIR: `${DATA_DIR}/pglite`,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      AUTH_TRUST_HOST: "true",
      APP_URL: baseURL,
      CRON_SECRET: E2E_CRON_SECRET,
      LOCAL_SCHEDULER: "false",
      ALLOW_TEST_ENDPOINTS: "true",
      SANDBOX_ENABLED: "true",
    },
  },
});
