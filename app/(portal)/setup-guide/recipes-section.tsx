import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { RecipeEvents } from "@/lib/connection/recipe-events";
import { recipesFor, UPDATED, UPDATED_TRIGGER_NOTE, type Recipe } from "@/lib/options/recipes";

/** Step 8: for each ON24 event, the smart campaigns to build, with its eventid filled in. */
export function RecipesSection({ events, on24Registrants }: { events: RecipeEvents; on24Registrants: boolean }) {
  if (events.status === "not-connected") {
    return (
      <Alert tone="info" title="Your events will be listed here">
        Associate an ON24 access token on the <Link href="/connection" className="underline">Connection page</Link> to see each event with its
        eventid filled in. Until then, the recipe is the same with your event&apos;s eventid in place of [eventid]:
        <RecipeGrid recipes={recipesFor("[eventid]", { on24Registrants })} />
      </Alert>
    );
  }
  if (events.status === "error") {
    return <Alert tone="warning" title="Your ON24 events could not be listed">{events.message}</Alert>;
  }
  if (events.events.length === 0) {
    return <p className="text-sm text-slate-600">ON24 lists no webinars, Engagement Hubs or Target pages in the last or next 90 days.</p>;
  }
  const usesUpdate = recipesFor("x", { on24Registrants }).some((r) => r.triggers.some((t) => t.trigger === UPDATED));
  return (
    <div className="space-y-3">
      {!on24Registrants && (
        <p className="text-sm text-slate-600">
          ON24 Registrants is off in Options, so records are created only from attendance and there is no Registered campaign to build.
        </p>
      )}
      {usesUpdate && <p className="text-xs text-slate-500">{UPDATED_TRIGGER_NOTE}</p>}
      {events.events.map((event, index) => (
        <details key={event.eventId} open={index === 0} className="group rounded-md border border-slate-200 bg-white" data-testid="recipe-event">
          <summary className="flex cursor-pointer list-none flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <span className="font-medium text-slate-900">{event.title}</span>
            <span className="text-xs text-slate-500">
              {event.product} · eventid <span className="font-mono text-slate-800">{event.eventId}</span>
              {event.start && <> · {event.start.slice(0, 10)}</>}
            </span>
          </summary>
          <div className="border-t border-slate-100 px-4 py-3">
            <RecipeGrid recipes={recipesFor(event.eventId, { on24Registrants })} />
          </div>
        </details>
      ))}
      {events.more > 0 && <p className="text-xs text-slate-500">{events.more} older events are not shown; their recipes follow the same pattern.</p>}
    </div>
  );
}

function RecipeGrid({ recipes }: { recipes: Recipe[] }) {
  return (
    <div className="mt-2 grid gap-3 md:grid-cols-3">
      {recipes.map((recipe) => (
        <div key={recipe.status} className="rounded-md border border-slate-200 bg-slate-50/60 p-3 text-sm text-slate-800">
          <p className="font-semibold text-slate-900">{recipe.status}</p>
          <p className="mt-2 text-xs font-medium uppercase tracking-wide text-slate-500">Smart list</p>
          {recipe.triggers.map((t, i) => (
            <div key={t.trigger} className="mt-1">
              {i > 0 && <p className="text-xs text-slate-500">or</p>}
              <p>
                Trigger: <strong>{t.trigger}</strong>
              </p>
              <ul className="ml-4 list-disc text-xs text-slate-700">
                {t.constraints.map(([name, value]) => (
                  <li key={name}>
                    {name}: <span className="font-mono">{value}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p className="mt-2 text-xs font-medium uppercase tracking-wide text-slate-500">Flow</p>
          <p>{recipe.flow}</p>
        </div>
      ))}
    </div>
  );
}
