import Link from 'next/link';
import { NewComparisonForm } from '@/components/compare/new-comparison-form';
import { loadExample } from '@/lib/samples/example';

export default function HomePage() {
  const example = loadExample();
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-4">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">
          See how two articles frame the same event
        </h1>
        <p className="text-lg leading-relaxed text-stone-700">
          Framelens puts two news articles side by side and highlights the choices that shape a reader&rsquo;s
          view: loaded words, names, who is quoted and which sources are cited. Every figure links back to the
          words it was counted from, so a class can check each claim for itself.
        </p>
      </section>
      <section aria-labelledby="example-heading" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="example-heading" className="text-xl font-semibold">
          Try the example
        </h2>
        <p className="mt-2 text-stone-700">
          Two reports of the US decision to send cluster munitions to Ukraine (July 2023): one writes
          &ldquo;Kiev&rdquo; and rests on anonymous officials, the other writes &ldquo;Kyiv&rdquo; and quotes
          named speakers and rights groups.
        </p>
        <p className="mt-4">
          <Link href="/c/example" className="font-medium">
            Open the example comparison
          </Link>
        </p>
      </section>
      <NewComparisonForm example={example} />
    </div>
  );
}
