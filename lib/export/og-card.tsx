import { ImageResponse } from 'next/og';
import { articleLabel, clip, previewLines } from '@/lib/comparison-metadata';
import type { StoredComparison } from '@/lib/store/types';

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_ALT = 'Framelens: two articles compared side by side, with their largest contrasts';

function Side({ label, name, title }: { label: string; name: string; title?: string }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '0 8px' }}>
      <div style={{ fontSize: 22, color: '#78716c', letterSpacing: 2 }}>{`ARTICLE ${label}`}</div>
      <div style={{ fontSize: 44, fontWeight: 700, color: '#1c1917', marginTop: 6 }}>{name}</div>
      {title ? <div style={{ fontSize: 24, color: '#44403c', marginTop: 8 }}>{clip(title, 90)}</div> : null}
    </div>
  );
}

/** The 1200x630 link preview of a comparison: both outlets and its top findings or contrasts. */
export function comparisonCard(stored: StoredComparison | null): ImageResponse {
  const lines = stored ? previewLines(stored, 3) : [];
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fafaf9',
        padding: '48px 56px',
        fontSize: 28,
        color: '#1c1917',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, fontWeight: 700, color: '#b45309' }}>Framelens</div>
      {stored ? (
        <div style={{ display: 'flex', marginTop: 28 }}>
          <Side
            label="A"
            name={articleLabel(stored, 'a')}
            title={stored.input.a.outlet ? stored.input.a.title : undefined}
          />
          <div
            style={{
              display: 'flex',
              fontSize: 32,
              color: '#a8a29e',
              alignSelf: 'center',
              padding: '0 16px',
            }}
          >
            vs
          </div>
          <Side
            label="B"
            name={articleLabel(stored, 'b')}
            title={stored.input.b.outlet ? stored.input.b.title : undefined}
          />
        </div>
      ) : (
        <div style={{ display: 'flex', fontSize: 44, marginTop: 40 }}>Comparison not found</div>
      )}
      <div
        style={{ display: 'flex', flexDirection: 'column', marginTop: 36, borderTop: '2px solid #e7e5e4' }}
      >
        {(lines.length > 0
          ? lines
          : ['How two articles frame the same event: words, names, sources, quotes.']
        ).map((line) => (
          <div key={line} style={{ display: 'flex', marginTop: 18, fontSize: 28, color: '#292524' }}>
            {`• ${clip(line, 110)}`}
          </div>
        ))}
      </div>
    </div>,
    { ...OG_SIZE, status: stored ? 200 : 404 },
  );
}
