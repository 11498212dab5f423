// Imported first by the benchmark's entry points, before anything reads lib/env.ts: the benchmark keeps
// its throwaway secrets in memory, so it never creates or reads the data folder's secrets file.
import { randomBytes } from "node:crypto";

process.env.ENCRYPTION_KEYS ||= `bench:${randomBytes(32).toString("base64")}`;
process.env.AUTH_SECRET ||= randomBytes(33).toString("base64");
process.env.LOCAL_SCHEDULER = "false";
