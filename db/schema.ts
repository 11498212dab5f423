import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const ROLES = ["admin", "marketer", "viewer"] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ["support", "oncall"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const REGIONS = ["na", "eu"] as const;
export type Region = (typeof REGIONS)[number];

// ─── People and workspaces ──────────────────────────────────────────────────────────────────────

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(), // stored lower-cased
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  staffRole: text("staff_role").$type<StaffRole>(),
  createdAt: createdAt(),
});
export type User = typeof users.$inferSelect;

export const workspaces = pgTable(
  "workspaces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    on24ClientId: text("on24_client_id"),
    on24Region: text("on24_region").$type<Region>().notNull().default("na"),
    virtualConferenceEnabled: boolean("virtual_conference_enabled").notNull().default(false),
    /** Set by a successful, validated connection save; cleared when credentials break. */
    syncEnabled: boolean("sync_enabled").notNull().default(false),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull().defaultNow(),
    pausedUntil: timestamp("paused_until", { withTimezone: true }),
    pauseReason: text("pause_reason"),
    /** ok | broken | unknown: a credential failure during sync marks it broken until fixed. */
    connectionStatus: text("connection_status").notNull().default("unknown"),
    connectionError: text("connection_error"),
    createdAt: createdAt(),
  },
  (t) => [index("workspaces_next_run_idx").on(t.syncEnabled, t.nextRunAt), index("workspaces_on24_client_idx").on(t.on24ClientId)],
);
export type Workspace = typeof workspaces.$inferSelect;

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.workspaceId] }), index("memberships_workspace_idx").on(t.workspaceId)],
);
export type Membership = typeof memberships.$inferSelect;

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").$type<Role>().notNull(),
    /** sha256 of the token in the link; the token itself is only ever in the email. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_workspace_idx").on(t.workspaceId)],
);
export type Invitation = typeof invitations.$inferSelect;

export const passwordResets = pgTable("password_resets", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    /** What changed, never a secret value (secrets appear as "changed"). */
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("audit_workspace_created_idx").on(t.workspaceId, t.createdAt)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

// ─── Connection and options ─────────────────────────────────────────────────────────────────────

export const connections = pgTable("connections", {
  workspaceId: uuid("workspace_id").primaryKey().references(() => workspaces.id, { onDelete: "cascade" }),
  /** Encrypted envelopes (lib/crypto.ts): key id beside each ciphertext. */
  on24TokenKeyEnc: text("on24_token_key_enc"),
  on24TokenSecretEnc: text("on24_token_secret_enc"),
  on24TokenHint: text("on24_token_hint"), // last 4 characters of the key, for the masked display
  /** Only settable when test endpoints are allowed; otherwise the region decides. */
  on24BaseUrl: text("on24_base_url"),
  on24VerifiedAt: timestamp("on24_verified_at", { withTimezone: true }),
  on24LastUsedAt: timestamp("on24_last_used_at", { withTimezone: true }),
  marketoClientId: text("marketo_client_id"),
  marketoClientSecretEnc: text("marketo_client_secret_enc"),
  marketoSecretHint: text("marketo_secret_hint"),
  marketoOrigin: text("marketo_origin"),
  /** The last Test Connection result (checklist), shown until the next test. */
  lastTest: jsonb("last_test").$type<unknown>(),
  lastTestAt: timestamp("last_test_at", { withTimezone: true }),
  validatedAt: timestamp("validated_at", { withTimezone: true }),
  /** The custom object's describe at the last validated save, so the sync maps only defined fields. */
  objectDescribe: jsonb("object_describe").$type<unknown>(),
  updatedAt: updatedAt(),
});
export type Connection = typeof connections.$inferSelect;

export const workspaceOptions = pgTable("workspace_options", {
  workspaceId: uuid("workspace_id").primaryKey().references(() => workspaces.id, { onDelete: "cascade" }),
  createNewPeople: boolean("create_new_people").notNull().default(true),
  on24Registrants: boolean("on24_registrants").notNull().default(true),
  notificationsEnabled: boolean("notifications_enabled").notNull().default(false),
  notificationRecipients: jsonb("notification_recipients").$type<string[]>().notNull().default([]),
  /** Send a summary even for runs that wrote nothing. */
  notifyEmptyRuns: boolean("notify_empty_runs").notNull().default(false),
  updatedAt: updatedAt(),
});
export type WorkspaceOptions = typeof workspaceOptions.$inferSelect;

// ─── Sync state ─────────────────────────────────────────────────────────────────────────────────

export const PROCESS_STATUSES = ["queued", "running", "completed", "completed_with_errors", "failed", "paused", "cancelled"] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];
export const PROCESS_KINDS = ["incremental", "backfill", "replay"] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

export const processes = pgTable(
  "processes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ProcessKind>().notNull(),
    status: text("status").$type<ProcessStatus>().notNull().default("queued"),
    on24ClientId: text("on24_client_id"),
    customObjectName: text("custom_object_name").notNull().default("oN24Attendee_c"),
    replayOf: bigint("replay_of", { mode: "number" }),
    backfillJobId: uuid("backfill_job_id"),
    windowStart: timestamp("window_start", { withTimezone: true }),
    windowEnd: timestamp("window_end", { withTimezone: true }),
    leadsCreated: integer("leads_created").notNull().default(0),
    coMapped: integer("co_mapped").notNull().default(0),
    coFailed: integer("co_failed").notNull().default(0),
    coWarnings: integer("co_warnings").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    marketoCalls: integer("marketo_calls").notNull().default(0),
    on24Calls: integer("on24_calls").notNull().default(0),
    recordsDone: integer("records_done").notNull().default(0),
    recordsEstimate: integer("records_estimate"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    triggeredBy: text("triggered_by"), // cron | local | user:<id> | cli
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("processes_workspace_created_idx").on(t.workspaceId, t.createdAt),
    index("processes_created_idx").on(t.createdAt),
    index("processes_status_idx").on(t.status, t.createdAt),
    index("processes_kind_idx").on(t.kind, t.createdAt),
    index("processes_client_idx").on(t.on24ClientId),
    index("processes_error_code_idx").on(t.errorCode).where(sql`${t.errorCode} is not null`),
    index("processes_replay_of_idx").on(t.replayOf).where(sql`${t.replayOf} is not null`),
  ],
);
export type Process = typeof processes.$inferSelect;

export const OUTCOMES = ["created", "updated", "skipped", "failed", "warning"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const recordOutcomes = pgTable(
  "record_outcomes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    processId: bigint("process_id", { mode: "number" })
      .notNull()
      .references(() => processes.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    eventId: text("event_id"),
    eventUserId: text("event_user_id"),
    email: text("email"), // lower-cased, for search
    leadId: text("lead_id"),
    outcome: text("outcome").$type<Outcome>().notNull(),
    /** Marketo (or our own) reason code, e.g. 1004, person_not_found, truncated. */
    code: text("code"),
    message: text("message"),
    /** Warnings and reasons beyond the first, and what replay needs. */
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("outcomes_process_idx").on(t.processId, t.outcome),
    index("outcomes_workspace_email_idx").on(t.workspaceId, t.email),
    index("outcomes_email_idx").on(t.email),
    // Email-prefix search ("find a person"): LIKE 'prefix%' cannot use the plain index under a non-C collation.
    index("outcomes_workspace_email_pattern_idx").on(t.workspaceId, t.email.op("text_pattern_ops")),
    index("outcomes_email_pattern_idx").on(t.email.op("text_pattern_ops")),
    index("outcomes_event_user_idx").on(t.eventUserId),
    index("outcomes_event_idx").on(t.eventId),
    index("outcomes_code_idx").on(t.code),
    index("outcomes_created_idx").on(t.createdAt),
  ],
);
export type RecordOutcome = typeof recordOutcomes.$inferSelect;

/** Where each stream of a workspace got to; `version` guards against two writers (optimistic). */
export const syncCheckpoints = pgTable(
  "sync_checkpoints",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    stream: text("stream").notNull(), // registrants | attendees | backfill:<jobId> | process:<id>
    cursor: jsonb("cursor").$type<Record<string, unknown>>().notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.stream] })],
);
export type SyncCheckpoint = typeof syncCheckpoints.$inferSelect;

/** Hash of what was last written per CO record, so unchanged re-reads cost no Marketo call. */
export const recordFingerprints = pgTable(
  "record_fingerprints",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull(),
    eventUserId: text("event_user_id").notNull(),
    pass: text("pass").notNull(), // registrant | attendee
    hash: text("hash").notNull(),
    leadId: text("lead_id"),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.eventId, t.eventUserId, t.pass] })],
);

export const BACKFILL_STATUSES = ["queued", "running", "completed", "failed", "cancelled"] as const;
export type BackfillStatus = (typeof BACKFILL_STATUSES)[number];

export const backfillJobs = pgTable(
  "backfill_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    status: text("status").$type<BackfillStatus>().notNull().default("queued"),
    recordsDone: integer("records_done").notNull().default(0),
    recordsEstimate: integer("records_estimate"),
    processId: bigint("process_id", { mode: "number" }),
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("backfill_workspace_status_idx").on(t.workspaceId, t.status)],
);
export type BackfillJob = typeof backfillJobs.$inferSelect;

// ─── Email and alerts ───────────────────────────────────────────────────────────────────────────

export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "set null" }),
    kind: text("kind").notNull(), // invitation | password_reset | run_summary | alert:<kind> | recovery:<kind>
    to: jsonb("to").$type<string[]>().notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    idempotencyKey: text("idempotency_key"),
    /** outbox (not sent: no provider configured) | sent | failed */
    status: text("status").notNull(),
    providerId: text("provider_id"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt), uniqueIndex("outbox_idempotency_idx").on(t.idempotencyKey)],
);
export type OutboxEmail = typeof outboxEmails.$inferSelect;

/** One row per open problem per (workspace, kind): groups repeats and triggers the recovery email. */
export const alerts = pgTable(
  "alerts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // run_failed | credentials | quota | scheduler_stalled | lock_expired
    status: text("status").notNull().default("open"), // open | resolved
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    occurrences: integer("occurrences").notNull().default(1),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("alerts_open_idx")
      .on(sql`coalesce(${t.workspaceId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.kind)
      .where(sql`${t.status} = 'open'`),
  ],
);
export type Alert = typeof alerts.$inferSelect;

/** Small global facts: last successful cron tick, seed markers. */
export const appState = pgTable("app_state", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: updatedAt(),
});
