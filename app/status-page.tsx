import type { LucideIcon } from "lucide-react";

/** The body of the 403, 404 and error pages: a code, a plain sentence, and a way back. */
export function StatusPage({
  icon: Icon,
  code,
  title,
  description,
  children,
}: {
  icon: LucideIcon;
  code: string;
  title: string;
  description: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center px-6 py-16 text-center">
      <div className="mb-5 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-600">
        <Icon className="size-6" aria-hidden />
      </div>
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">{description}</p>
      {children && <div className="mt-6 flex gap-3">{children}</div>}
    </div>
  );
}
