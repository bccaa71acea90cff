import { loadedCounts, per1000 as rateOf } from '@/lib/analysis/contrasts';
import { FRAME_LABELS } from '@/lib/analysis/frame-labels';
import { LOADED_CATEGORY_LABELS } from '@/lib/analysis/loaded-labels';
import type { ArticleAnalysis, Comparison, LoadedCategory } from '@/lib/analysis/types';

/** The rate as the findings write it (the contrasts' rate, to one decimal), so the report and findings agree. */
const per1000 = (n: number, words: number) => (Math.round(rateOf(n, words) * 10) / 10).toFixed(1);
const clip = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** '1 statement', '2 statements'. */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function naming(c: Comparison): string[] {
  const out: string[] = [];
  for (const [i, x] of c.articles.entries()) {
    const side = i === 0 ? 'A' : 'B';
    const counts = new Map<string, number>();
    for (const n of x.namingVariants) {
      const key = `${n.groupLabel}: ${n.variant}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, n] of counts) out.push(`  ${side}  ${key} (${n}x)`);
  }
  return out.length ? out : ['  (no naming variants found)'];
}

function loaded(x: ArticleAnalysis): string[] {
  const out: string[] = [];
  for (const category of Object.keys(LOADED_CATEGORY_LABELS) as LoadedCategory[]) {
    const terms = x.loadedTerms.filter((t) => t.category === category);
    if (!terms.length) continue;
    // Own voice in body lines, as the findings count (a headline's terms are listed but not counted).
    const own = loadedCounts(x).get(category) ?? 0;
    const words = [...new Set(terms.map((t) => (t.inQuote ? `"${t.text}"` : t.text)))].join(', ');
    out.push(
      `    ${LOADED_CATEGORY_LABELS[category]}: ${terms.length} (${own} in own voice in the body, ${per1000(own, x.wordCount)} per 1,000 words): ${words}`,
    );
  }
  return out.length ? out : ['    (none)'];
}

function sources(x: ArticleAnalysis): string[] {
  if (!x.sources.length) return ['    (none)'];
  return x.sources.map(
    (s) => `    ${s.name} [${s.type}${s.affiliation ? `, ${s.affiliation}` : ''}] ${s.mentions.length}x`,
  );
}

function quotes(x: ArticleAnalysis): string[] {
  if (!x.quotes.length) return ['    (none)'];
  return x.quotes.map((q) => {
    const who = q.speaker ? `${q.speaker.name} (${q.speaker.camp})` : 'unknown speaker';
    return `    [${q.kind}] ${who}${q.verb ? `, ${q.verb}` : ''}: "${clip(q.text)}"`;
  });
}

function voice(x: ArticleAnalysis): string[] {
  if (!x.voiceBalance.length) return ['    (nobody quoted)'];
  const rows = x.voiceBalance.map(
    (r) => `    ${r.camp}: ${count(r.quotedWords, 'quoted word')}, ${count(r.statements, 'statement')}`,
  );
  if (x.campsNamedNotHeard.length) rows.push(`    named but not heard: ${x.campsNamedNotHeard.join(', ')}`);
  return rows;
}

function frames(x: ArticleAnalysis): string[] {
  const top = [...x.frames]
    .filter((f) => f.hits.length)
    .sort((p, q) => q.per1000 - p.per1000)
    .slice(0, 5);
  if (!top.length) return ['    (no frame words)'];
  return top.map(
    (f) => `    ${FRAME_LABELS[f.dimension]}: ${f.per1000} per 1,000 words (${count(f.hits.length, 'hit')})`,
  );
}

function onlyIn(c: Comparison, texts: [string, string], side: 0 | 1): string[] {
  const rows = side === 0 ? c.overlap.a : c.overlap.b;
  const only = rows.filter((s) => s.status !== 'both');
  const shown = only.slice(0, 5).map((s) => `    - ${clip(texts[side].slice(s.start, s.end), 100)}`);
  if (only.length > shown.length) shown.push(`    (and ${only.length - shown.length} more)`);
  return shown.length ? shown : ['    (none)'];
}

/** The readable report `framelens compare` prints: findings first, then each article's details. */
export function formatReport(c: Comparison, names: [string, string], texts?: [string, string]): string {
  const lines: string[] = [
    `Framelens comparison (model ${c.modelVersion})`,
    `  A = ${names[0]}`,
    `  B = ${names[1]}`,
    '',
  ];
  lines.push('Findings');
  lines.push(
    ...(c.findings.length ? c.findings.map((f) => `  - ${f}`) : ['  (no contrast large enough to state)']),
  );
  lines.push('', 'Naming', ...naming(c));
  for (const [i, x] of c.articles.entries()) {
    lines.push('', `Article ${i === 0 ? 'A' : 'B'} (${x.wordCount} words, tone ${x.toneMean})`);
    lines.push('  Loaded terms by category', ...loaded(x));
    lines.push('  Sources cited', ...sources(x));
    lines.push('  Quotes', ...quotes(x));
    lines.push('  Voice balance', ...voice(x));
    lines.push('  Frames (top 5)', ...frames(x));
  }
  lines.push('', 'Distinctive words');
  if (c.distinctive.note) lines.push(`  ${c.distinctive.note}`);
  for (const side of ['a', 'b'] as const) {
    const words = c.distinctive[side];
    if (words.length)
      lines.push(`  ${side.toUpperCase()}: ${words.map((w) => `${w.word} (z ${w.z})`).join(', ')}`);
  }
  lines.push(
    '',
    'Coverage overlap',
    `  ${Math.round(c.overlap.sharedShareA * 100)}% of A's sentences and ${Math.round(c.overlap.sharedShareB * 100)}% of B's have a close counterpart in the other article.`,
  );
  if (texts) lines.push('  Only in A', ...onlyIn(c, texts, 0), '  Only in B', ...onlyIn(c, texts, 1));
  return `${lines.join('\n')}\n`;
}
