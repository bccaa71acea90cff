import type { ArticleAnalysis } from '@/lib/analysis/types';
import { firstMarkId, type Mark, SOURCE_LABELS } from '@/lib/highlight/marks';
import { Empty, JumpLink, Panel } from './panel';

function SourceList({
  label,
  analysis,
  marks,
}: {
  label: string;
  analysis: ArticleAnalysis;
  marks: readonly Mark[];
}) {
  return (
    <div className="min-w-0">
      <h4 className="font-semibold">
        Article {label} ({analysis.sources.length})
      </h4>
      {analysis.sources.length === 0 ? (
        <Empty>No sources found.</Empty>
      ) : (
        <ul className="mt-1 space-y-1">
          {analysis.sources.map((s) => (
            <li key={`${s.type}:${s.name}`}>
              <JumpLink to={firstMarkId(marks, `source:${s.name}`)}>{s.name}</JumpLink>{' '}
              <span className="text-stone-600">
                · {SOURCE_LABELS[s.type]}
                {s.affiliation ? `, ${s.affiliation}` : ''}
                {s.mentions.length > 1 ? ` · ${s.mentions.length}×` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Outlets, organisations, officials and anonymous sources each article rests on, with their type. */
export function SourcesPanel(props: {
  a: ArticleAnalysis;
  b: ArticleAnalysis;
  marksA: readonly Mark[];
  marksB: readonly Mark[];
}) {
  return (
    <Panel
      id="sources"
      title="Sources cited"
      intro="Who each article says its information comes from. Anonymous sources cannot be checked by the reader."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SourceList label="A" analysis={props.a} marks={props.marksA} />
        <SourceList label="B" analysis={props.b} marks={props.marksB} />
      </div>
    </Panel>
  );
}
