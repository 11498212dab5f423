// English display names for the setup CSV, built from the API names (the seed gives none).
// Words are found by segmenting the lower-case API name against a closed vocabulary, so an
// unknown word makes the generator fail loudly instead of printing a wrong label.

const WORDS = [
  "person", "id", "event", "user", "email", "answered", "answer", "answers", "polls", "poll", "surveys", "survey",
  "archive", "minutes", "viewed", "asked", "questions", "question", "attended", "live", "certification", "widget",
  "result", "registration", "date", "cumulative", "campaign", "code", "source", "breakout", "name", "role",
  "location", "visited", "title", "first", "last", "activity", "engagement", "score", "and", "cta", "meeting",
  "conversions", "type", "action", "submitted", "timestamp", "demo", "contact", "us", "free", "trial", "get",
  "pricing", "resource", "resources", "total", "profile", "url", "credit", "test", "partner", "ref", "custom",
];

/** Words written in capitals rather than title case. */
const ACRONYMS: Record<string, string> = { id: "ID", cta: "CTA", url: "URL" };

export function displayNameFor(apiName: string): string {
  const words = segment(apiName.toLowerCase());
  if (!words) throw new Error(`No display name for "${apiName}": a word is missing from the vocabulary`);
  return words.map((w) => ACRONYMS[w] ?? (/^\d+$/.test(w) ? w : w[0].toUpperCase() + w.slice(1))).join(" ");
}

/** Fewest-words segmentation; digits form their own word. */
function segment(text: string): string[] | null {
  const best: (string[] | null)[] = new Array(text.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= text.length; end++) {
    for (let start = 0; start < end; start++) {
      const prefix = best[start];
      if (!prefix) continue;
      const word = text.slice(start, end);
      if (!WORDS.includes(word) && !/^\d+$/.test(word)) continue;
      const candidate = [...prefix, word];
      if (!best[end] || candidate.length < best[end]!.length) best[end] = candidate;
    }
  }
  return best[text.length];
}
