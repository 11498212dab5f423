import { explainCode } from "@/lib/activity/explain-code";

type Props = {
  code: string | null;
  message: string | null;
  /** "full": explanation and fix shown; "folded": one click away (long lists); "title": neither. */
  detail?: "full" | "folded" | "title";
};

/**
 * Why a record ended as it did: the code, its plain-words title, Marketo's (or our) message, and,
 * when `full`, what it means and how to fix it. ON24 and Marketo text is rendered as text, never HTML.
 */
export function CodeReason({ code, message, detail = "title" }: Props) {
  const explained = explainCode(code);
  if (!explained && !message) return <span className="text-slate-400">—</span>;
  return (
    <div className="min-w-56 max-w-md space-y-0.5 text-sm">
      <p className="text-slate-900">
        {explained && <code className="mr-1.5 rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-700">{explained.code}</code>}
        <span className="font-medium">{explained?.title ?? message}</span>
      </p>
      {explained && message && <p className="break-words text-xs text-slate-500">“{message}”</p>}
      {detail === "full" && explained && <Explanation explanation={explained.explanation} fix={explained.fix} />}
      {detail === "folded" && explained && (
        <details className="text-xs">
          <summary className="cursor-pointer text-brand-700 hover:underline">What it means and how to fix it</summary>
          <Explanation explanation={explained.explanation} fix={explained.fix} />
        </details>
      )}
    </div>
  );
}

function Explanation({ explanation, fix }: { explanation: string; fix: string }) {
  return (
    <div className="space-y-0.5 pt-0.5 text-xs text-slate-700">
      <p>{explanation}</p>
      <p>
        <span className="font-medium text-slate-900">Fix: </span>
        {fix}
      </p>
    </div>
  );
}
