/**
 * "Export" menu: the current chart view as SVG or PNG (2×) with title, date range
 * and sources drawn in; the filtered events and quotes as CSV or TimelineJS JSON;
 * and the print handout.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import type { FileKind } from './export-actions';
import './export.css';

type Kind = FileKind | 'print';

// The export code (papaparse, SVG/PNG) is its own chunk, fetched when the menu opens.
const loadActions = () => import('./export-actions');

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
    if (kind === 'print') {
      window.print();
      return;
    }
    try {
      const { exportView } = await loadActions();
      if ((await exportView(kind)) === 'no-chart') setProblem(t('exportNoChart'));
    } catch {
      setProblem(t('exportFailed'));
    }
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
        onClick={() => {
          if (!open) void loadActions().catch(() => undefined);
          setOpen((o) => !o);
        }}
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
