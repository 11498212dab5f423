import type { z } from "zod";

export type ParsedRecords<T> = { records: T[]; rejected: number };

/** Parses each record on its own; the ones that cannot be used (no eventuserid, not an object) are counted. */
export function parseRecords<S extends z.ZodType>(schema: S, items: unknown[]): ParsedRecords<z.output<S>> {
  const records: z.output<S>[] = [];
  let rejected = 0;
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) records.push(parsed.data);
    else rejected++;
  }
  return { records, rejected };
}
