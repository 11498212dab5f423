// C7: single-slot widget groups. One element per group, the latest submission, and every field of the
// group from that same element so a name is never paired with another submission's action.
import { parseOn24DateTime } from "../dates";
import type { Deriver, SourceContext } from "../raw-value";
import { objectsOf } from "../values";

/** CO field prefix → ON24 array key (they match today; the map keeps the seed's names explicit). */
const GROUPS: Record<string, string> = {
  meetingconversions: "meetingconversions",
  democonversions: "democonversions",
  contactus: "contactus",
  freetrial: "freetrial",
  getpricing: "getpricing",
};
const ATTRIBUTES = ["name", "type", "action", "submittedtimestamp"] as const;

/**
 * The element with the latest widgetsubmittedtimestamp; ties go to the later element in ON24's order.
 * Elements whose timestamp can't be read lose to any that can; if none can, the last element wins.
 */
export function latestWidget(elements: readonly Record<string, unknown>[]): Record<string, unknown> | undefined {
  let best: Record<string, unknown> | undefined;
  let bestTime = -Infinity;
  for (const element of elements) {
    const time = parseOn24DateTime(element.widgetsubmittedtimestamp);
    if (time !== null && time >= bestTime) {
      best = element;
      bestTime = time;
    }
  }
  return best ?? elements.at(-1);
}

function widgetDerivers(): Record<string, Deriver> {
  const derivers: Record<string, Deriver> = {};
  for (const [prefix, arrayKey] of Object.entries(GROUPS)) {
    const pick = (ctx: SourceContext) => latestWidget(objectsOf(ctx.attendee?.[arrayKey]));
    for (const attribute of ATTRIBUTES) {
      derivers[`${prefix}widget${attribute}`] = (ctx) => pick(ctx)?.[`widget${attribute}`];
    }
  }
  return derivers;
}

/** Includes names the seed doesn't define (e.g. contactuswidgettype); only defined fields are ever looked up. */
export const WIDGET_DERIVERS = widgetDerivers();
