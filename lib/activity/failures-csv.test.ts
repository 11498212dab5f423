import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { failuresCsvStream } from "./failures-csv";
import { addOutcomes, addProcess, addWorkspace, openMigratedPglite } from "./test-fixtures";

let handle: Handle;
let ws: string;
let other: string;
let processId: number;

beforeAll(async () => {
  handle = await openMigratedPglite();
  ws = await addWorkspace(handle, "Acme");
  other = await addWorkspace(handle, "Other");
  processId = await addProcess(handle, ws, { status: "completed_with_errors" });
  await addOutcomes(handle, ws, processId, [
    { outcome: "failed", email: "=cmd|' /C calc'!A0", eventId: "100", eventUserId: "9001", code: "1004", message: "Lead not found" },
    { outcome: "created", email: "ok@example.com" },
    { outcome: "failed", email: "b@example.com", code: "1006", message: 'Field "company, inc" not found' },
  ]);
});
afterAll(() => handle.close());

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("failuresCsvStream", () => {
  it("writes a header and one escaped line per failure, with the explanation and fix", async () => {
    const text = await read(failuresCsvStream(ws, processId, handle.db));
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^Process ID,Record ID,Email,Event ID,eventuserid,Lead ID,Code,/);
    expect(lines).toHaveLength(4); // header, two failures, the empty string after the last CRLF
    expect(lines[1]).toContain(`,'=cmd|' /C calc'!A0,100,9001,,1004,Lead not found,`);
    expect(lines[1]).toContain("The record points at a Marketo person who does not exist");
    expect(lines[2]).toContain(`"Field ""company, inc"" not found"`);
    expect(text).not.toContain("ok@example.com");
  });

  it("exports nothing of another workspace's process", async () => {
    const lines = (await read(failuresCsvStream(other, processId, handle.db))).split("\r\n");
    expect(lines).toHaveLength(2); // the header only
  });
});
