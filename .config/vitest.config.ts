import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; in unit tests every module is server-side.
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{app,components,lib,db}/**/*.test.{ts,tsx}"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      PGLITE_DIR: "memory://",
      DATA_DIR: ".data/vitest",
      AUTH_SECRET: "vitest-auth-secret-0123456789abcdef0123456789",
      ENCRYPTION_KEYS: "test1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      ALLOW_TEST_ENDPOINTS: "true",
      SANDBOX_ENABLED: "true",
      LOCAL_SCHEDULER: "false",
    },
  },
});
