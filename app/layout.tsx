import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { publicOrigin } from '@/lib/http/public-origin';
import './globals.css';

/** Read per request, so FRAMELENS_PUBLIC_URL set at deploy time makes link-preview image URLs absolute. */
export function generateMetadata(): Metadata {
  const origin = publicOrigin();
  return {
    title: { default: 'Framelens', template: '%s · Framelens' },
    description: 'Framelens shows how two news articles about the same event frame it.',
    ...(origin ? { metadataBase: new URL(origin) } : {}),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// The Content-Security-Policy nonce (proxy.ts) is fresh per request and stamped on Next's scripts while
// rendering, so no page may be prerendered: a static page would ship scripts without the nonce.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white print:hidden">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight no-underline">
              Framelens
            </Link>
            <Link href="/c/example" className="text-sm">
              Example
            </Link>
            <Link href="/methodology" className="text-sm">
              Methodology
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-white text-sm text-stone-600 print:hidden">
          <div className="mx-auto max-w-6xl px-4 py-4">
            Framelens counts words and patterns; it points at choices of wording, it does not judge who is
            right.
          </div>
        </footer>
      </body>
    </html>
  );
}
