import { namingVoices, quotedShare } from '@/lib/analysis/contrasts';
import type { NamingContrast, NamingRow } from '@/lib/analysis/types';
import { firstMarkId, type Mark } from '@/lib/highlight/marks';
import { Empty, JumpLink, Panel } from './panel';

/** Where the two articles name the same thing differently ("Kiev" / "Kyiv"). */
export function NamingPanel({
  contrasts,
  marksA,
  marksB,
}: {
  contrasts: NamingContrast[];
  marksA: readonly Mark[];
  marksB: readonly Mark[];
}) {
  const names = (rows: readonly NamingRow[], group: string, marks: readonly Mark[]) =>
    rows.map((r, i) => (
      <span key={r.variant}>
        {i > 0 ? ', ' : ''}
        <JumpLink to={firstMarkId(marks, `naming:${group}:${r.variant}`)}>‘{r.variant}’</JumpLink> ({r.count}×
        {quotedShare(r)})
      </span>
    ));
  // Names an article uses only inside quotations are its speakers' choice, not its own.
  const side = (label: string, rows: NamingContrast['a'], group: string, marks: readonly Mark[]) => {
    const { own, quoted } = namingVoices(rows);
    return (
      <p>
        {own.length > 0 || quoted.length === 0 ? (
          <>
            <span className="font-semibold">{label} writes </span>
            {own.length === 0 ? 'nothing for this' : names(own, group, marks)}
          </>
        ) : null}
        {quoted.length > 0 ? (
          <>
            <span className="font-semibold">{own.length > 0 ? '; quotes ' : `${label} quotes `}</span>
            {names(quoted, group, marks)}
          </>
        ) : null}
      </p>
    );
  };
  return (
    <Panel
      id="naming"
      title="Naming choices"
      intro="The same place, group or event called by different names. The choice of name often signals a point of view."
    >
      {contrasts.length === 0 ? (
        <Empty>The two articles use the same names for everything Framelens knows about.</Empty>
      ) : (
        <ul className="space-y-3">
          {contrasts.map((c) => (
            <li key={c.group}>
              <p className="font-medium">{c.groupLabel}</p>
              {side('A', c.a, c.group, marksA)}
              {side('B', c.b, c.group, marksB)}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
