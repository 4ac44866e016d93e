/**
 * "Export" menu: the current chart view as SVG or PNG (2×) with title, date range
 * and sources drawn in; the filtered events and quotes as CSV or TimelineJS JSON;
 * and the print handout.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../store/store';
import { selectVisible } from '../store/select-visible';
import { useT } from '../i18n/use-t';
import { translate } from '../i18n/translate';
import { toCsv } from './csv';
import { toTimelineJs } from './timelinejs';
import { buildChartImage, findChartSvg, svgToPng } from './svg-export';
import { download, fileStem } from './download';
import { rangeLabel, sourcesLine, viewRange } from './view-labels';
import './export.css';

type Kind = 'svg' | 'png' | 'csv' | 'tjs' | 'print';

export function ExportMenu() {
  const t = useT();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onDown = (e: PointerEvent) => {
      if (wrapRef.current && e.target instanceof Node && !wrapRef.current.contains(e.target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const run = async (kind: Kind) => {
    setOpen(false);
    setProblem(null);
    const s = useStore.getState();
    const timeline = s.timeline;
    if (!timeline) return;
    const { events, quotes } = selectVisible(s);
    const stem = fileStem(timeline.title);
    if (kind === 'print') {
      window.print();
      return;
    }
    if (kind === 'csv') {
      download(new Blob(['\ufeff', toCsv(timeline, events, quotes)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
      return;
    }
    if (kind === 'tjs') {
      const data = toTimelineJs(timeline, events, quotes, {
        undated: translate(s.lang, 'undated'),
        unattributed: translate(s.lang, 'unknownSpeaker'),
        sources: translate(s.lang, 'sources'),
        eventType: (type) => translate(s.lang, `type_${type}`),
      });
      download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `${stem}.timelinejs.json`);
      return;
    }
    const chart = findChartSvg();
    if (!chart) {
      setProblem(t('exportNoChart'));
      return;
    }
    const image = buildChartImage(chart, {
      title: timeline.title,
      range: rangeLabel(viewRange(s.range, events, quotes), s.lang),
      sources: sourcesLine(timeline, events, quotes, s.lang),
    });
    if (kind === 'svg') download(new Blob([image.svg], { type: 'image/svg+xml' }), `${stem}.svg`);
    else download(await svgToPng(image, 2), `${stem}.png`);
  };

  const items: [Kind, Parameters<typeof t>[0]][] = [
    ['svg', 'exportSvg'],
    ['png', 'exportPng'],
    ['csv', 'exportCsv'],
    ['tjs', 'exportTimelineJs'],
    ['print', 'exportPrint'],
  ];
  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('exportButton')}
      </button>
      <ul id={menuId} className="export-list" hidden={!open}>
        {items.map(([kind, key]) => (
          <li key={kind}>
            <button type="button" onClick={() => void run(kind)}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
