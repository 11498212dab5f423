import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts and committed; `npm run db:generate` after a schema change.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
