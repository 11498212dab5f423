// Concatenated text fields: locations visited (call 8) and the questions-and-answers tag (call 5).
import { joined, type Deriver } from "../raw-value";
import { objectsOf, textOf } from "../values";
import { sortByTimestamp } from "./sort-by-time";

/** Call 8: the first 10 locationvisits[] in ON24's order (they carry no timestamp). */
const MAX_LOCATIONS = 10;
/** Call 5: ON24's PEP writes this placeholder for a question nobody answered. */
const UNANSWERED = "Unanswered";

const locationVisited: Deriver = (ctx) => {
  const visits = objectsOf(ctx.attendee?.locationvisits).slice(0, MAX_LOCATIONS);
  return joined(visits.map((v) => textOf(v.locationname) ?? textOf(v.locationcode)), "; ");
};

/** Inner CR/LF/TAB runs become one space, so the entry layout (Q line, A line, blank line) stays readable. */
function flatten(value: unknown): string | undefined {
  return textOf(typeof value === "string" ? value.replace(/[\r\n\t]+/g, " ") : value);
}

/** "Q: …\nA: …" entries sorted by question time, separated by a blank line; presenter and privacy dropped. */
const questionsAndAnswers: Deriver = (ctx) => {
  const questions = sortByTimestamp(objectsOf(ctx.attendee?.questions), (q) => q.createtimestamp);
  const entries = questions.map((q) => {
    const question = flatten(q.content);
    if (question === undefined) return undefined;
    const answer = flatten(objectsOf([q.answer])[0]?.content) ?? UNANSWERED;
    return `Q: ${question}\nA: ${answer}`;
  });
  return joined(entries, "\n\n");
};

export const TEXT_LIST_DERIVERS: Record<string, Deriver> = {
  locationvisited: locationVisited,
  userquestionsandanswers: questionsAndAnswers,
};
