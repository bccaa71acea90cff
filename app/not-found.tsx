import Link from 'next/link';

// Replaces Next's built-in 404 page, whose inline <style> carries no CSP nonce and would be refused
// (a securitypolicyviolation) under the policy set in proxy.ts.
export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p className="text-stone-700">
        There is nothing at this address. Check the link, or start from the home page.
      </p>
      <p className="flex flex-wrap gap-4">
        <Link href="/">Compare two articles</Link>
        <Link href="/c/example">Open the example</Link>
      </p>
    </div>
  );
}
