export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="font-serif text-2xl">Loading the comparison…</p>
      <div className="grid gap-6 md:grid-cols-2" aria-hidden="true">
        <div className="h-96 animate-pulse rounded-lg bg-stone-200" />
        <div className="h-96 animate-pulse rounded-lg bg-stone-200" />
      </div>
    </div>
  );
}
