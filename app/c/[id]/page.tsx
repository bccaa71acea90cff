import { notFound } from 'next/navigation';
import { ParagraphLengthChart, type ParagraphLengthRow } from '@/components/charts/paragraph-length-chart';
import { loadExample } from '@/lib/samples/example';

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export default async function ComparisonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id !== 'example') notFound();
  const { a, b } = loadExample();
  const pa = paragraphs(a.text);
  const pb = paragraphs(b.text);
  const rows: ParagraphLengthRow[] = Array.from({ length: Math.max(pa.length, pb.length) }, (_, i) => ({
    paragraph: String(i + 1),
    a: wordCount(pa[i] ?? ''),
    b: wordCount(pb[i] ?? ''),
  }));
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">Example comparison</h1>
      <div className="grid gap-6 md:grid-cols-2">
        {[
          { label: 'A', article: a, paras: pa },
          { label: 'B', article: b, paras: pb },
        ].map(({ label, article, paras }) => (
          <article key={label} aria-label={`Article ${label}`} data-testid={`pane-${label.toLowerCase()}`}>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              Article {label} · {article.outlet}
            </h2>
            <div className="mt-3 space-y-3 font-serif leading-relaxed">
              {paras.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text never reorder
                <p key={i}>{p}</p>
              ))}
            </div>
          </article>
        ))}
      </div>
      <ParagraphLengthChart rows={rows} />
    </div>
  );
}
