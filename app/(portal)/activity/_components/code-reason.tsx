import { explainCode } from "@/lib/activity/explain-code";

type Props = { code: string | null; message: string | null; /** Show the explanation and fix, not only the title. */ full?: boolean };

/**
 * Why a record ended as it did: the code, its plain-words title, Marketo's (or our) message, and,
 * when `full`, what it means and how to fix it. ON24 and Marketo text is rendered as text, never HTML.
 */
export function CodeReason({ code, message, full = false }: Props) {
  const explained = explainCode(code);
  if (!explained && !message) return <span className="text-slate-400">—</span>;
  return (
    <div className="min-w-56 max-w-md space-y-0.5 text-sm">
      <p className="text-slate-900">
        {explained && <code className="mr-1.5 rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-700">{explained.code}</code>}
        <span className="font-medium">{explained?.title ?? message}</span>
      </p>
      {explained && message && <p className="break-words text-xs text-slate-500">“{message}”</p>}
      {full && explained && (
        <>
          <p className="text-xs text-slate-700">{explained.explanation}</p>
          <p className="text-xs text-slate-700">
            <span className="font-medium text-slate-900">Fix: </span>
            {explained.fix}
          </p>
        </>
      )}
    </div>
  );
}
