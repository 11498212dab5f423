import { Download } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Region } from "@/db/schema";
import { ATTENDEE_FIELDS } from "@/lib/sync/fields/attendee-fields";
import { fieldRow } from "@/lib/sync/fields/fields-csv";

/** The fields of oN24Attendee_c for this region: the three required ones first, then the optional ones. */
export function FieldsTable({ region }: { region: Region }) {
  const optional = ATTENDEE_FIELDS.filter((f) => !f.required).length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button asChild variant="secondary" size="sm">
          <a href="/setup-guide/fields.csv" download>
            <Download aria-hidden />
            Download the field list (CSV)
          </a>
        </Button>
        {region === "na" && (
          <Button asChild variant="ghost" size="sm">
            <a href="/setup-guide/fields.csv?ids=string" download>
              With String eventid and eventuserid
            </a>
          </Button>
        )}
        <span className="text-xs text-slate-500">
          3 required fields and {optional} optional ones; Marketo allows 44 besides the required three, so pick the ones marked recommended
          first.
        </span>
      </div>
      <div className="max-h-96 overflow-y-auto rounded-md border border-slate-200">
        <Table>
          <TableHeader className="sticky top-0">
            <TableRow>
              <TableHead>API name</TableHead>
              <TableHead>Display name</TableHead>
              <TableHead>Type</TableHead>
              <TableHead>Length</TableHead>
              <TableHead>
                <span className="sr-only">Notes</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ATTENDEE_FIELDS.map((spec) => {
              const [apiName, displayName, type, length] = fieldRow(spec, region);
              return (
                <TableRow key={apiName}>
                  <TableCell className="font-mono text-xs text-slate-900">{apiName}</TableCell>
                  <TableCell>{displayName}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {spec.marketoType === "id" && region === "na" ? `${type} (or String)` : type}
                  </TableCell>
                  <TableCell>{length}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    {spec.dedupe && <Badge tone="brand">Required · dedupe</Badge>}
                    {!spec.required && spec.valuable && <Badge tone="success">Recommended</Badge>}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
