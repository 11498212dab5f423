// Every field whose value is computed rather than read from one ON24 path, by API name.
import type { Deriver } from "../raw-value";
import { ATTENDANCE_DERIVERS } from "./attendance";
import { SLOT_DERIVERS } from "./slots";
import { TEXT_LIST_DERIVERS } from "./text-lists";
import { WIDGET_DERIVERS } from "./widgets";

export const DERIVERS: ReadonlyMap<string, Deriver> = new Map(
  Object.entries({ ...SLOT_DERIVERS, ...WIDGET_DERIVERS, ...ATTENDANCE_DERIVERS, ...TEXT_LIST_DERIVERS }),
);
