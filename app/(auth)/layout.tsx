import Link from "next/link";
import { ProductMark } from "@/components/brand/product-mark";

/** Signed-out pages: a centred card under the product mark. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12 sm:py-20">
      <Link href="/" className="mb-8 rounded-md">
        <ProductMark className="text-lg" />
      </Link>
      <main className="w-full max-w-md">{children}</main>
      <p className="mt-10 max-w-sm text-center text-xs text-slate-500">
        Syncs ON24 registrants and attendees into Marketo people and ON24 Attendee custom objects.
      </p>
    </div>
  );
}
