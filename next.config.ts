import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and must be loaded by Node, not bundled (STACK.md trap 2).
  serverExternalPackages: ["@electric-sql/pglite", "pg", "ioredis", "ws", "@neondatabase/serverless"],
  // Lets several builds (e2e, screenshots) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `next dev` would otherwise rewrite AGENTS.md (STACK.md trap 1).
  agentRules: false,
  poweredByHeader: false,
  typedRoutes: false,
  // `forbidden()` renders app/forbidden.tsx with HTTP 403 when a role check fails on the server.
  experimental: { authInterrupts: true },
};

export default nextConfig;
