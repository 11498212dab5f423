import { z } from "zod";

/**
 * Lenient building blocks. ON24 declares no response schemas and its examples disagree on types
 * (ctaid string vs number, widgetid usually a string, clicks a string…), and the sync must not lose a
 * page of 100 people because one optional field arrived in an unexpected form: an optional field that
 * does not fit is dropped, never fatal. Only the keys a record cannot exist without are strict.
 */

/** An ON24 id: JSON number or string, kept as a string (Marketo decides later whether it is an integer). */
export const on24Id = z.union([z.number(), z.string().trim().min(1)]).transform((v) => String(v));

export const optId = on24Id.optional().catch(undefined);

/** A text field; a stray number becomes its string form. */
export const optStr = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .optional()
  .catch(undefined);

/** A numeric field; numeric strings are accepted, anything else is dropped. */
export const optNum = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .optional()
  .catch(undefined);

/** Flags arrive as booleans or "Y"/"N" strings (and once as "falseCopy to clipboard"); kept as sent. */
export const optFlag = z.union([z.boolean(), z.string()]).optional().catch(undefined);

/** An array whose malformed elements are dropped one by one instead of failing the whole record. */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .transform((items) =>
      items.flatMap((x) => {
        const parsed = item.safeParse(x);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    )
    .optional()
    .catch(undefined);
}

export const stringList = listOf(z.union([z.string(), z.number()]).transform((v) => String(v)));
