// Event metadata, read once per event per run: the mapping takes eventtitle from it and the Virtual
// Conference rule needs its content type.
import { On24Error } from "@/lib/on24/errors";
import type { On24Client } from "@/lib/on24/client";
import type { On24Event } from "@/lib/on24/schemas";

const VIRTUAL_CONFERENCE = "virtualenvironment";

export type EventCache = {
  getMany(eventIds: Iterable<string>): Promise<Map<string, On24Event | null>>;
};

export function createEventCache(on24: Pick<On24Client, "getEvent">): EventCache {
  const known = new Map<string, On24Event | null>();
  return {
    async getMany(eventIds) {
      const result = new Map<string, On24Event | null>();
      for (const id of new Set(eventIds)) {
        if (!known.has(id)) known.set(id, await fetchEvent(on24, id));
        result.set(id, known.get(id)!);
      }
      return result;
    },
  };
}

/** An event ON24 no longer has (deleted) is synced without its metadata rather than failing the run. */
async function fetchEvent(on24: Pick<On24Client, "getEvent">, eventId: string): Promise<On24Event | null> {
  try {
    return await on24.getEvent(eventId);
  } catch (error) {
    if (error instanceof On24Error && error.kind === "not_found" && !/client/i.test(error.detail ?? "")) return null;
    throw error;
  }
}

export function isVirtualConference(event: { contenttype?: unknown } | null | undefined): boolean {
  return typeof event?.contenttype === "string" && event.contenttype.trim().toLowerCase() === VIRTUAL_CONFERENCE;
}
