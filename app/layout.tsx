import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ON24 Connect for Marketo", template: "%s · ON24 Connect for Marketo" },
  description: "Sync ON24 registrants and attendees into Marketo people and ON24 Attendee custom objects.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
