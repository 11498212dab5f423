import { z } from "zod";

export const switchWorkspaceSchema = z.object({ targetWorkspaceId: z.uuid("Unknown workspace.") });

export const emptySchema = z.object({});
