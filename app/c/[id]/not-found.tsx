import Link from 'next/link';

export default function ComparisonNotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold">No comparison at this address</h1>
      <p className="text-stone-700">
        The link may be mistyped or cut short: comparison links end in a long random code. Check the link you
        were given, or start a new comparison.
      </p>
      <p className="flex flex-wrap gap-4">
        <Link href="/">Compare two articles</Link>
        <Link href="/c/example">Open the example</Link>
      </p>
    </div>
  );
}
