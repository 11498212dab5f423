"use client";

import "./globals.css";

/** Replaces the root layout when it fails, so it brings its own <html> and styles and imports nothing else. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
          <h1 className="text-2xl font-semibold text-slate-900">ON24 Connect is having trouble</h1>
          <p className="mt-2 max-w-md text-sm text-slate-600">
            The portal could not load. Try again in a moment; if it keeps happening, contact support
            {error.digest ? ` and mention reference ${error.digest}` : ""}.
          </p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
