'use client';

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { MarkCard, MarkCategory } from '@/lib/highlight/marks';
import { type ViewChoices, withViewParams } from '@/lib/highlight/view-params';
import { Legend, type LegendEntry } from './legend';
import { TermCard } from './term-card';

const CARD_ID = 'term-card';

interface Open {
  id: string;
  top: number;
  left: number;
  pinned: boolean;
}

/** Highlights that are shown on the categories the reader kept on; the innermost visible one wins. */
function visibleMark(target: EventTarget | null, hidden: ReadonlySet<MarkCategory>): HTMLElement | null {
  let el = target instanceof Element ? target.closest('mark[data-mark]') : null;
  while (el) {
    if (!hidden.has(el.getAttribute('data-category') as MarkCategory)) return el as HTMLElement;
    el = el.parentElement?.closest('mark[data-mark]') ?? null;
  }
  return null;
}

/**
 * The interactive layer over the server-rendered texts: legend toggles, the explanation card (hover,
 * keyboard focus, tap) and the flash when a panel item jumps to its place. The texts stay server HTML;
 * this component only listens to events on them.
 */
export function ReadingView({
  cards,
  legend,
  overlap,
  initialView,
  children,
}: {
  cards: Record<string, MarkCard>;
  legend: LegendEntry[];
  /** How many sentences only A and only B report; null when the snapshot has no coverage overlap. */
  overlap: { onlyA: number; onlyB: number } | null;
  /** The legend state the link asked for (`?hide=…&only=1`). */
  initialView: ViewChoices;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<MarkCategory>>(() => new Set(initialView.hidden));
  const [open, setOpen] = useState<Open | null>(null);
  const [showOnly, setShowOnly] = useState(initialView.showOnly);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const openRef = useRef<Open | null>(null);
  openRef.current = open;

  const show = useCallback(
    (el: HTMLElement, pinned: boolean) => {
      const id = el.getAttribute('data-mark');
      const box = root.current?.getBoundingClientRect();
      if (!id || !box || !cards[id]) return;
      if (closeTimer.current) clearTimeout(closeTimer.current);
      for (const prev of document.querySelectorAll(`[aria-describedby="${CARD_ID}"]`))
        prev.removeAttribute('aria-describedby');
      el.setAttribute('aria-describedby', CARD_ID);
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const width = Math.min(320, box.width);
      const left = Math.max(0, Math.min(r.left - box.left, box.width - width));
      setOpen({ id, top: r.bottom - box.top + 6, left, pinned });
    },
    [cards],
  );

  const hide = useCallback((delay = 0) => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    const run = () => {
      for (const prev of document.querySelectorAll(`[aria-describedby="${CARD_ID}"]`))
        prev.removeAttribute('aria-describedby');
      setOpen(null);
    };
    if (delay) closeTimer.current = setTimeout(run, delay);
    else run();
  }, []);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const over = (e: MouseEvent) => {
      if ((e.target as Element).closest?.(`#${CARD_ID}`)) {
        if (closeTimer.current) clearTimeout(closeTimer.current);
        return;
      }
      const m = visibleMark(e.target, hidden);
      if (m) show(m, false);
    };
    const out = (e: MouseEvent) => {
      const to = e.relatedTarget as Element | null;
      if (to?.closest?.(`#${CARD_ID}`) || visibleMark(to, hidden)) return;
      if (openRef.current && !openRef.current.pinned) hide(250);
    };
    const focus = (e: FocusEvent) => {
      const m = visibleMark(e.target, hidden);
      if (m) show(m, false);
    };
    const blur = (e: FocusEvent) => {
      if (!visibleMark(e.relatedTarget, hidden)) hide();
    };
    const click = (e: MouseEvent) => {
      const m = visibleMark(e.target, hidden);
      if (m) show(m, true);
      else if (!(e.target as Element).closest?.(`#${CARD_ID}`)) hide();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
      const m = visibleMark(e.target, hidden);
      if (m && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        show(m, true);
      }
    };
    el.addEventListener('mouseover', over);
    el.addEventListener('mouseout', out);
    el.addEventListener('focusin', focus);
    el.addEventListener('focusout', blur);
    el.addEventListener('click', click);
    el.addEventListener('keydown', key);
    return () => {
      el.removeEventListener('mouseover', over);
      el.removeEventListener('mouseout', out);
      el.removeEventListener('focusin', focus);
      el.removeEventListener('focusout', blur);
      el.removeEventListener('click', click);
      el.removeEventListener('keydown', key);
    };
  }, [hidden, show, hide]);

  // Panel items anywhere on the page link to '#<mark id>': scroll there, focus it and flash it.
  useEffect(() => {
    const jump = (e: MouseEvent) => {
      const a = (e.target as Element).closest?.('a[data-jump]');
      const id = a?.getAttribute('href')?.slice(1);
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      e.preventDefault();
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
      if (target.tabIndex >= 0) target.focus({ preventScroll: true });
      target.classList.remove('flash');
      void target.offsetWidth;
      target.classList.add('flash');
      history.replaceState(history.state, '', `#${id}`);
    };
    document.addEventListener('click', jump);
    return () => document.removeEventListener('click', jump);
  }, []);

  // The legend state goes into the address (without a navigation), so a shared link opens the same way.
  const remember = (view: ViewChoices) => {
    const { pathname, search, hash } = window.location;
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${withViewParams(search, view)}${hash}`,
    );
  };

  const toggle = (c: MarkCategory) => {
    hide();
    const next = new Set(hidden);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    setHidden(next);
    remember({ hidden: [...next], showOnly });
  };

  const toggleOnly = () => {
    setShowOnly(!showOnly);
    remember({ hidden: [...hidden], showOnly: !showOnly });
  };

  const card = open ? cards[open.id] : undefined;
  return (
    <div
      ref={root}
      className="reading-view relative"
      data-hide={[...hidden].join(' ')}
      data-show-only={showOnly ? '' : undefined}
    >
      <Legend entries={legend} hidden={hidden} onToggle={toggle}>
        {overlap ? (
          <button
            type="button"
            aria-pressed={showOnly}
            data-testid="toggle-only"
            onClick={toggleOnly}
            className="mt-3 rounded border border-stone-300 px-3 py-1.5 text-left text-sm hover:bg-stone-50"
          >
            {showOnly ? 'Stop marking' : 'Mark'} the sentences only one article reports (A {overlap.onlyA} · B{' '}
            {overlap.onlyB})
          </button>
        ) : null}
      </Legend>
      {children}
      {open && card ? <TermCard id={CARD_ID} card={card} top={open.top} left={open.left} /> : null}
    </div>
  );
}
