// C3: lengths count Unicode code points, so a cut never splits a surrogate pair (emoji, rare CJK).

export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The first `limit` code points, with trailing whitespace the cut exposed removed. */
export function cutToCodePoints(text: string, limit: number): string {
  if (codePointLength(text) <= limit) return text;
  return Array.from(text).slice(0, limit).join("").trimEnd();
}

export interface JoinResult {
  text: string;
  cut: boolean;
}

/**
 * Joins whole elements while they fit; the first element that does not fit ends the list. If even the
 * first element is too long it is hard-cut at the limit, so something is still written.
 */
export function joinWithinLimit(parts: readonly string[], separator: string, limit: number | null): JoinResult {
  if (parts.length === 0) return { text: "", cut: false };
  const whole = parts.join(separator);
  if (limit === null || codePointLength(whole) <= limit) return { text: whole, cut: false };
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    const added = (kept.length === 0 ? 0 : codePointLength(separator)) + codePointLength(part);
    if (length + added > limit) break;
    kept.push(part);
    length += added;
  }
  if (kept.length === 0) return { text: cutToCodePoints(parts[0], limit), cut: true };
  return { text: kept.join(separator), cut: true };
}
