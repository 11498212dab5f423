import type { Db } from "@/db";
import { iterateFailedOutcomes } from "@/db/queries/record-outcomes";
import { csvRow } from "./csv";
import { explainCode } from "./explain-code";

const HEADER = ["Process ID", "Record ID", "Email", "Event ID", "eventuserid", "Lead ID", "Code", "Marketo or sync message", "What it means", "How to fix it", "Time (UTC)"];

/** The failures of one process as a CSV byte stream, read from the database a chunk at a time. */
export function failuresCsvStream(workspaceId: string, processId: number, db?: Db): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = iterateFailedOutcomes(workspaceId, processId, db);
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        // A byte-order mark so Excel reads the file as UTF-8 (names and answers are often not ASCII).
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(HEADER)}`));
        return;
      }
      const next = await chunks.next();
      if (next.done) return controller.close();
      const text = next.value
        .map((r) => {
          const explained = explainCode(r.code);
          return csvRow([processId, r.id, r.email, r.eventId, r.eventUserId, r.leadId, r.code, r.message, explained?.explanation, explained?.fix, r.createdAt]);
        })
        .join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
