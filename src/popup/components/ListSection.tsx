/**
 * A titled list of page-derived items. Long lists (a hostile or odd page can list thousands) start
 * capped so the popup opens fast; "Show all" then adds the rest a slice per frame, so the popup keeps
 * answering clicks and scrolling while thousands of rows arrive.
 */
import { Fragment, type ComponentChildren, type VNode } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatCount, t } from '../i18n.ts';

/** Rows added per animation frame after "Show all": small enough to fit a frame on a slow machine. */
const ROWS_PER_FRAME = 200;

interface ListSectionProps<T> {
  heading: string;
  emptyText: string;
  items: readonly T[];
  cap: number;
  className: string;
  /** Rows are rendered once and kept: it must give the same row for the same item every time. */
  renderItem(item: T, index: number): ComponentChildren;
}

export function ListSection<T>({ heading, emptyText, items, cap, className, renderItem }: ListSectionProps<T>) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [sliceCount, setSliceCount] = useState(1);
  const slices = useSlices(items, cap, renderItem, sliceCount);
  const totalSlices = 1 + Math.ceil(Math.max(0, items.length - cap) / ROWS_PER_FRAME);

  // An effect runs after the paint, so a frame without work follows each slice: room for input.
  useEffect(() => {
    if (!expanded || sliceCount >= totalSlices) return;
    const frame = requestAnimationFrame(() => setSliceCount((count) => count + 1));
    return () => cancelAnimationFrame(frame);
  }, [expanded, sliceCount, totalSlices]);

  // The "Show all" button goes away; keyboard focus moves on to the first item it revealed.
  useEffect(() => {
    if (expanded) list.current?.children[cap]?.querySelector('button')?.focus();
  }, [expanded, cap]);

  const showAll = () => {
    setExpanded(true);
    setSliceCount(2);
  };

  return (
    <section class={`list-section ${className}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="section-heading">
        {heading} <span class="section-count">{formatCount(items.length)}</span>
      </h2>
      {items.length === 0 ? (
        <p class="empty">{emptyText}</p>
      ) : (
        <ul class="item-list" aria-labelledby={headingId} ref={list}>
          {slices}
        </ul>
      )}
      {!expanded && items.length > cap && (
        <button type="button" class="button show-all" onClick={showAll}>
          {t('showAll', formatCount(items.length))}
        </button>
      )}
    </section>
  );
}

/**
 * The first `count` slices of rows: the first `cap` items, then ROWS_PER_FRAME at a time. Each slice
 * is built once; handing Preact the same vnode again lets it skip that slice, so adding a slice costs
 * the new rows only, not a re-render of the thousands already shown.
 */
function useSlices<T>(items: readonly T[], cap: number, renderItem: (item: T, index: number) => ComponentChildren, count: number): VNode[] {
  const built = useRef<{ items: readonly T[]; slices: VNode[] }>({ items, slices: [] });
  if (built.current.items !== items) built.current = { items, slices: [] };
  const { slices } = built.current;
  for (let index = slices.length; index < count; index++) {
    const start = index === 0 ? 0 : cap + (index - 1) * ROWS_PER_FRAME;
    const end = index === 0 ? cap : start + ROWS_PER_FRAME;
    slices.push(
      <Fragment key={index}>
        {items.slice(start, end).map((item, offset) => (
          <li key={start + offset}>{renderItem(item, start + offset)}</li>
        ))}
      </Fragment>,
    );
  }
  return slices.slice(0, count);
}
