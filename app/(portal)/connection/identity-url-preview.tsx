import { checkMarketoHost } from "@/lib/marketo/host-rule";
import { normalizeMarketoUrl } from "@/lib/marketo/identity-url";

/**
 * What the server will make of the pasted Identity URL, shown while typing. Only a preview: the
 * server normalises and checks the host again before any request.
 */
export function IdentityUrlPreview({ value, allowTestEndpoints }: { value: string; allowTestEndpoints: boolean }) {
  return (
    <div aria-live="polite" className="text-xs">
      <Preview value={value} allowTestEndpoints={allowTestEndpoints} />
    </div>
  );
}

function Preview({ value, allowTestEndpoints }: { value: string; allowTestEndpoints: boolean }) {
  if (!value.trim()) return null;
  const normalized = normalizeMarketoUrl(value);
  if ("error" in normalized) return <p className="text-amber-700">{normalized.error}</p>;
  const host = checkMarketoHost(normalized.origin, { allowTestEndpoints });
  if (!host.ok) return <p className="text-amber-700">{host.message}</p>;
  return (
    <div className="space-y-0.5 text-slate-600" data-testid="identity-url-preview">
      <p>
        Will connect to <span className="font-mono text-slate-800">{normalized.origin}</span>
      </p>
      {normalized.changes.map((change) => (
        <p key={change} className="text-slate-500">
          {change}
        </p>
      ))}
    </div>
  );
}
