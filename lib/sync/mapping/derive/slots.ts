// First-N slot fields (C6): polls, resources, CTAs and survey questions, each sorted on its own timestamp.
import { joined, type Deriver, type SourceContext } from "../raw-value";
import { objectsOf, textOf } from "../values";
import { sortByTimestamp } from "./sort-by-time";

/** The seed defines 5 poll, resource and survey slots and 3 CTA slots. */
const POLL_SLOTS = 5;
const RESOURCE_SLOTS = 5;
const SURVEY_SLOTS = 5;
const CTA_SLOTS = 3;
/** Rule 7: multi-value answers are joined with "; ". */
const ANSWER_SEPARATOR = "; ";

type Element = Record<string, unknown>;

function polls(ctx: SourceContext): Element[] {
  return sortByTimestamp(objectsOf(ctx.attendee?.polls), (p) => p.pollsubmittedtimestamp);
}

function resources(ctx: SourceContext): Element[] {
  return sortByTimestamp(objectsOf(ctx.attendee?.resources), (r) => r.resourceviewedtimestamp);
}

function ctas(ctx: SourceContext): Element[] {
  return sortByTimestamp(objectsOf(ctx.attendee?.calltoactions), (c) => c.date);
}

/** Rule 6: surveys sorted by submission, then each survey's questions in ON24 order, one pair per slot. */
function surveyQuestions(ctx: SourceContext): Element[] {
  const surveys = sortByTimestamp(objectsOf(ctx.attendee?.surveys), (s) => s.surveysubmittedtimestamp);
  return surveys.flatMap((survey) => objectsOf(survey.surveyquestions));
}

/** answers[] in array order, falling back to detail[].answer; empty values are skipped. */
export function answersOf(element: Element | undefined, answersKey: string, detailKey: string) {
  if (!element) return undefined;
  const plain = Array.isArray(element[answersKey]) ? (element[answersKey] as unknown[]).map(textOf) : [];
  const fromPlain = joined(plain, ANSWER_SEPARATOR);
  if (fromPlain) return fromPlain;
  return joined(objectsOf(element[detailKey]).map((d) => textOf(d.answer)), ANSWER_SEPARATOR);
}

function slotDerivers(): Record<string, Deriver> {
  const derivers: Record<string, Deriver> = {};
  for (let n = 1; n <= POLL_SLOTS; n++) {
    derivers[`poll${n}question`] = (ctx) => polls(ctx)[n - 1]?.pollquestion;
    derivers[`poll${n}answer`] = (ctx) => answersOf(polls(ctx)[n - 1], "pollanswers", "pollanswersdetail");
  }
  for (let n = 1; n <= RESOURCE_SLOTS; n++) {
    derivers[`resource${n}viewed`] = (ctx) => resources(ctx)[n - 1]?.resourceviewed;
  }
  for (let n = 1; n <= SURVEY_SLOTS; n++) {
    derivers[`survey${n}question`] = (ctx) => surveyQuestions(ctx)[n - 1]?.surveyquestion;
    derivers[`survey${n}answer`] = (ctx) => answersOf(surveyQuestions(ctx)[n - 1], "surveyanswers", "surveyanswersdetail");
  }
  for (let n = 1; n <= CTA_SLOTS; n++) {
    derivers[`ctaname${n}`] = (ctx) => ctas(ctx)[n - 1]?.ctaname;
    derivers[`ctadate${n}`] = (ctx) => ctas(ctx)[n - 1]?.date;
  }
  return derivers;
}

export const SLOT_DERIVERS = slotDerivers();
