import { z } from "zod";

/**
 * Shapes of the Marketo replies the client reads, parsed with zod. They are loose on purpose: real
 * replies carry more (every lead field, `warnings`, …) and the Swagger document marks as required
 * members that real replies omit (reference/marketo/README.md, "Known places…").
 */

/** Reason codes are strings in the docs ("1005"); accept numbers too, and keep them as strings. */
const code = z.union([z.string(), z.number()]).transform(String);

export const reasonSchema = z.looseObject({ code, message: z.string().default("") });

export const tokenSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().int().nonnegative(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
});

const envelope = {
  requestId: z.string().optional(),
  success: z.literal(true),
  moreResult: z.boolean().optional(),
  nextPageToken: z.string().optional(),
};

export const leadRecordSchema = z.looseObject({ id: z.coerce.number().int() });

export const leadLookupResponseSchema = z.looseObject({ ...envelope, result: z.array(leadRecordSchema).default([]) });

/** Sync Leads: the docs use `reasons[]`; Swagger's `Lead` model has a singular `reason`. Parse both. */
export const leadSyncResponseSchema = z.looseObject({
  ...envelope,
  result: z
    .array(
      z.looseObject({
        id: z.coerce.number().int().optional(),
        status: z.string().optional(),
        reasons: z.array(reasonSchema).optional(),
        reason: reasonSchema.optional(),
      }),
    )
    .default([]),
});

export const leadDescribeResponseSchema = z.looseObject({
  ...envelope,
  result: z
    .array(
      z.looseObject({
        id: z.number().optional(),
        displayName: z.string().default(""),
        dataType: z.string(),
        length: z.number().int().optional(),
        rest: z.looseObject({ name: z.string(), readOnly: z.boolean().default(false) }).optional(),
      }),
    )
    .default([]),
});

const leadField2 = z.looseObject({
  name: z.string(),
  displayName: z.string().default(""),
  dataType: z.string(),
  length: z.number().int().optional(),
  updateable: z.boolean().default(false),
  crmManaged: z.boolean().default(false),
});

export const leadDescribe2ResponseSchema = z.looseObject({
  ...envelope,
  result: z
    .array(
      z.looseObject({
        name: z.string().default("API Lead"),
        searchableFields: z.array(z.array(z.string())).default([]),
        fields: z.array(leadField2).default([]),
      }),
    )
    .default([]),
});

const relatedObject = z.looseObject({ name: z.string(), field: z.string() });

export const customObjectDescribeResponseSchema = z.looseObject({
  ...envelope,
  result: z
    .array(
      z.looseObject({
        name: z.string().optional(),
        apiName: z.string().optional(),
        displayName: z.string().optional(),
        idField: z.string().optional(),
        dedupeFields: z.array(z.string()).default([]),
        searchableFields: z.array(z.array(z.string())).default([]),
        // The guide's describe example says `object` where Swagger and the list example say `relatedTo`.
        relationships: z
          .array(z.looseObject({ field: z.string(), type: z.string().optional(), relatedTo: relatedObject.optional(), object: relatedObject.optional() }))
          .default([]),
        fields: z
          .array(
            z.looseObject({
              name: z.string(),
              displayName: z.string().optional(),
              description: z.string().nullish(),
              dataType: z.string(),
              length: z.number().int().optional(),
              updateable: z.boolean().default(false),
              crmManaged: z.boolean().default(false),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});

export const customObjectSyncResponseSchema = z.looseObject({
  ...envelope,
  result: z
    .array(
      z.looseObject({
        seq: z.coerce.number().int().optional(),
        status: z.string().optional(),
        marketoGUID: z.string().optional(),
        reasons: z.array(reasonSchema).optional(),
      }),
    )
    .default([]),
});

export const usageResponseSchema = z.looseObject({
  ...envelope,
  result: z
    .array(
      z.looseObject({
        date: z.string(),
        total: z.number().int().default(0),
        users: z.array(z.looseObject({ userId: z.string(), count: z.number().int() })).default([]),
      }),
    )
    .default([]),
});
