/**
 * The Marketo role permission each operation needs (DEV/endpoint-reference), named the way the
 * Marketo Admin UI and ON24's setup guide name them, so a 603 can say which box to tick.
 */

export type MarketoOperation =
  | "identity"
  | "describeLeads"
  | "describeLeads2"
  | "lookupLeads"
  | "syncLeads"
  | "describeCustomObject"
  | "syncCustomObjects"
  | "usage";

export const REQUIRED_PERMISSION: Record<MarketoOperation, string | null> = {
  identity: null,
  describeLeads: "Read-Only Lead (or Read-Write Person)",
  describeLeads2: "Read-Only Lead (or Read-Write Person)",
  lookupLeads: "Read-Only Lead (or Read-Write Person)",
  syncLeads: "Read-Write Person",
  describeCustomObject: "Read-Write Custom Object",
  syncCustomObjects: "Read-Write Custom Object",
  usage: null,
};

/** Reads that can be repeated freely; writes are retried more carefully (see transport.ts). */
export const READ_OPERATIONS: ReadonlySet<MarketoOperation> = new Set([
  "identity",
  "describeLeads",
  "describeLeads2",
  "lookupLeads",
  "describeCustomObject",
  "usage",
]);
