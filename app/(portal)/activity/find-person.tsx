import { UserSearch } from "lucide-react";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PersonResults, type PersonResultRow } from "./_components/person-results";

type Props = {
  q: string;
  result: { rows: PersonResultRow[]; total: number; capped: boolean };
  page: number;
  pageSize: number;
  paramPrefix: string;
  basePath: string;
  /** Support searches every workspace and names it on each row. */
  showWorkspace?: boolean;
  minPrefix: number;
};

/** "Find a person": every record of a person by email, eventuserid or event id, with its process and reason. */
export function FindPerson({ q, result, page, pageSize, paramPrefix, basePath, showWorkspace, minPrefix }: Props) {
  const tooShort = q.length > 0 && q.length < minPrefix && !/^\d+$/.test(q);
  return (
    <Card>
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle>Find a person</CardTitle>
          <CardDescription>Every record of one person across runs: a whole email or its start, an eventuserid or an event ID.</CardDescription>
        </div>
        <DataTableSearch param="person" pageParam={`${paramPrefix}page`} label="Find a person" placeholder="Email, eventuserid or event ID" className="sm:max-w-sm" />
      </CardHeader>
      {q && !tooShort && (
        <PersonResults
          rows={result.rows}
          total={result.total}
          capped={result.capped}
          page={page}
          pageSize={pageSize}
          paramPrefix={paramPrefix}
          basePath={basePath}
          showWorkspace={showWorkspace}
          empty={
            <EmptyState
              icon={UserSearch}
              title="No records for this person"
              description={<>Nothing matches “{q}”. Check the spelling, or try their eventuserid from ON24. People are only listed once a run has handled them.</>}
            />
          }
        />
      )}
      {tooShort && <p className="px-5 py-4 text-sm text-slate-600">Type at least {minPrefix} characters of the email, or a whole eventuserid or event ID.</p>}
    </Card>
  );
}
