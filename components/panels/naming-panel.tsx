import type { NamingContrast } from '@/lib/analysis/types';
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
  // An article that uses the names only inside quotations quotes them: its speakers chose the word.
  const side = (label: string, rows: NamingContrast['a'], group: string, marks: readonly Mark[]) => (
    <p>
      <span className="font-semibold">
        {label} {rows.length > 0 && rows.every((r) => (r.quoted ?? 0) >= r.count) ? 'quotes' : 'writes'}{' '}
      </span>
      {rows.length === 0
        ? 'nothing for this'
        : rows.map((r, i) => (
            <span key={r.variant}>
              {i > 0 ? ', ' : ''}
              <JumpLink to={firstMarkId(marks, `naming:${group}:${r.variant}`)}>‘{r.variant}’</JumpLink> (
              {r.count}×
              {r.quoted && r.quoted < r.count
                ? `, ${r.quoted} in ${r.quoted === 1 ? 'a quotation' : 'quotations'}`
                : ''}
              )
            </span>
          ))}
    </p>
  );
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
