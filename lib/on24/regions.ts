import type { Region } from "@/db/schema";

/**
 * ON24 data centres. ON24's OpenAPI document names no host; these two come from ON24's own connector
 * guides and community clients (on24-api-notes.md §1.1). "Global" accounts are taken to be the EU host.
 */
export const ON24_REGIONS: Record<Region, { label: string; baseUrl: string }> = {
  na: { label: "North America", baseUrl: "https://api.on24.com/v2" },
  eu: { label: "Europe / Global", baseUrl: "https://api.eu.on24.com/v2" },
};

/**
 * The API base URL (ending in /v2) for a workspace. `override` is the stored test/sandbox endpoint,
 * which only deployments that allow test endpoints let anyone set; it wins when present.
 */
export function on24BaseUrl(region: Region, override?: string | null): string {
  if (override && override.trim()) return override.trim().replace(/\/+$/, "");
  const known = ON24_REGIONS[region];
  if (!known) throw new Error(`Unknown ON24 region "${region}"`);
  return known.baseUrl;
}
