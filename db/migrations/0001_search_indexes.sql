CREATE INDEX "processes_error_code_idx" ON "processes" USING btree ("error_code") WHERE "processes"."error_code" is not null;--> statement-breakpoint
CREATE INDEX "processes_replay_of_idx" ON "processes" USING btree ("replay_of") WHERE "processes"."replay_of" is not null;--> statement-breakpoint
CREATE INDEX "outcomes_workspace_email_pattern_idx" ON "record_outcomes" USING btree ("workspace_id","email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "outcomes_email_pattern_idx" ON "record_outcomes" USING btree ("email" text_pattern_ops);