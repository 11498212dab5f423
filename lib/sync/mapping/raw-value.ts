// What a source yields before coercion: a plain ON24 value, or several strings to join within the limit
// (C3: concatenated fields are cut at element boundaries, not mid-element).
import type { On24Record } from "./types";

export interface JoinedParts {
  kind: "joined";
  parts: string[];
  separator: string;
}

export type RawValue = unknown;

/** The records one upsert is built from. The registrant pass never has an attendee. */
export interface SourceContext {
  attendee?: On24Record | null;
  registrant?: On24Record | null;
  event?: On24Record | null;
}

export type Deriver = (ctx: SourceContext) => RawValue;

/** Undefined when there is nothing to join, so C1 leaves the key out. */
export function joined(parts: readonly (string | undefined)[], separator: string): JoinedParts | undefined {
  const kept = parts.filter((p): p is string => p !== undefined && p.trim() !== "").map((p) => p.trim());
  return kept.length === 0 ? undefined : { kind: "joined", parts: kept, separator };
}

export function isJoined(value: unknown): value is JoinedParts {
  return typeof value === "object" && value !== null && (value as JoinedParts).kind === "joined";
}
