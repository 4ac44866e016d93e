import { memo, useEffect, useRef, useState } from 'react';
import type { ChartStrings } from './chart-text';
import { shortDay, type ChartLocale } from './format-date';
import { isoDayToMs } from './calendar-date';
import type { UndatedItem } from './items';

interface UndatedTrayProps {
  items: readonly UndatedItem[];
  undatedQuotes: number;
  strings: ChartStrings;
  locale: ChartLocale;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

function reportedText(item: UndatedItem, s: ChartStrings, locale: ChartLocale): string {
  if (item.reported === null) return s.noReportedDate;
  const ms = isoDayToMs(item.reported);
  return s.reportedOn(ms === null ? item.reported : shortDay(ms, locale));
}

/** Events with no date on the axis, listed beside it with the date they were reported. */
export const UndatedTray = memo(function UndatedTray({ items, undatedQuotes, strings: s, locale, selectedId, onOpen }: UndatedTrayProps) {
  // The list is built when the tray is first opened: a large file has hundreds of undated events.
  const [opened, setOpened] = useState(false);
  const tray = useRef<HTMLDetailsElement | null>(null);
  // A selection in the tray (a `?sel=` link, the keys) opens it and shows the item.
  const held = selectedId !== null && items.some((u) => u.id === selectedId);
  useEffect(() => {
    if (!held || !tray.current) return;
    tray.current.open = true;
    setOpened(true);
  }, [held, selectedId]);
  useEffect(() => {
    if (!held || !opened) return;
    tray.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [held, opened, selectedId]);
  if (items.length === 0 && undatedQuotes === 0) return null;
  return (
    <details ref={tray} className="tl-tray" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        {s.undated} <span className="tl-tray-count">{items.length + undatedQuotes}</span>
      </summary>
      {opened ? (
        <ul>
          {items.map((u) => (
            <li key={u.id}>
              <button type="button" aria-current={selectedId === u.id ? 'true' : undefined} onClick={() => onOpen(u.id)}>
                <bdi className="tl-tray-title">{u.event.title}</bdi>
                <span className="tl-tray-date">{reportedText(u, s, locale)}</span>
              </button>
            </li>
          ))}
          {undatedQuotes > 0 ? <li className="tl-tray-note">{s.undatedQuotes(undatedQuotes)}</li> : null}
        </ul>
      ) : null}
    </details>
  );
});
