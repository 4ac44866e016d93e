/**
 * `?present`: the briefing mode. Large type, high contrast, one stop at a time;
 * the chart glides to each stop's window (present-glide.ts; instant under reduced
 * motion). The stop lives in the URL (`stop=N`, 1-based) through the store.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from '../store/store';
import { useT } from '../i18n/use-t';
import { Timeline } from '../timeline/Timeline';
import { REDUCED_MOTION_QUERY, useMediaQuery } from '../ui/use-media-query';
import { FullscreenButton } from '../embed/FullscreenButton';
import { presentStops, stopRange } from './present-stops';
import { useGlide } from './present-glide';
import { presentKey, stopIndex, type PresentState } from './present-keys';
import { StopCard } from './StopCard';
import './present.css';

const NOOP = () => undefined;

export function leavePresentation(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  useStore.getState().setPresent(false);
}

function useChartHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return Math.max(200, Math.round(height * 0.45));
}

export function PresentView() {
  const t = useT();
  const timeline = useStore((s) => s.timeline);
  const stop = useStore((s) => s.stop);
  const setStop = useStore((s) => s.setStop);
  const lang = useStore((s) => s.lang);
  const reducedMotion = useMediaQuery(REDUCED_MOTION_QUERY);
  const chartHeight = useChartHeight();
  const [typed, setTyped] = useState('');
  const [blank, setBlank] = useState(false);

  const stops = useMemo(() => (timeline ? presentStops(timeline.events, timeline.story) : []), [timeline]);
  const index = stopIndex(stop, stops.length);
  const current = stops[index];
  const targetRange = useMemo(() => (current ? stopRange(current) : null), [current]);
  const range = useGlide(targetRange, reducedMotion);
  const stopQuotes = useMemo(
    () => (timeline && current ? timeline.quotes.filter((q) => q.event === current.id) : []),
    [timeline, current],
  );

  // Keep the URL canonical: a missing or out-of-range stop becomes the one shown.
  useEffect(() => {
    if (stops.length > 0 && stop !== index + 1) setStop(index + 1);
  }, [stop, index, stops.length, setStop]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
      const state: PresentState = { index, count: stops.length, typed, blank };
      const action = presentKey(state, event.key);
      if (action.kind === 'ignore') return;
      // Space and PageDown would scroll; the shell's own shortcuts must not fire too.
      event.preventDefault();
      event.stopPropagation();
      if (action.kind === 'exit') {
        leavePresentation();
        return;
      }
      setTyped(action.state.typed);
      setBlank(action.state.blank);
      if (action.state.index !== index) setStop(action.state.index + 1);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [index, stops.length, typed, blank, setStop]);

  if (!timeline) return null;
  const total = stops.length;
  const go = (i: number) => setStop(Math.max(0, Math.min(total - 1, i)) + 1);
  return (
    <div className="present" role="region" aria-label={t('presentRegion')}>
      <div className="present-bar">
        <p className="present-name" dir="auto">
          {timeline.title}
        </p>
        {total > 0 && (
          <p className="present-progress" aria-label={t('presentStopLabel', { n: index + 1, total })}>
            {t('presentProgress', { n: index + 1, total })}
          </p>
        )}
        <div className="present-tools">
          <FullscreenButton className="present-button" />
          <button type="button" className="present-button" onClick={leavePresentation}>
            {t('presentExit')}
          </button>
        </div>
      </div>
      {current ? (
        <>
          <div className="present-main">
          <div className="present-chart">
            <Timeline
              timeline={timeline}
              events={stops}
              quotes={stopQuotes}
              range={range}
              onRangeChange={NOOP}
              selectedId={current.id}
              onSelect={NOOP}
              onOpen={NOOP}
              highlight=""
              collapsedLanes={[]}
              laneOrder={null}
              onLanesChange={NOOP}
              variant="present"
              locale={lang}
              reducedMotion={reducedMotion}
              height={chartHeight}
            />
          </div>
          <StopCard timeline={timeline} event={current} quotes={stopQuotes} lang={lang} />
          </div>
          <nav className="present-nav" aria-label={t('presentRegion')}>
            <button type="button" className="present-button" onClick={() => go(index - 1)} disabled={index === 0}>
              ← {t('presentPrev')}
            </button>
            <p className="present-help">{t('presentHelp')}</p>
            <button type="button" className="present-button" onClick={() => go(index + 1)} disabled={index === total - 1}>
              {t('presentNext')} →
            </button>
          </nav>
        </>
      ) : (
        <p className="present-empty">{t('presentEmpty')}</p>
      )}
      {typed !== '' && (
        <p className="present-typed" role="status">
          {t('presentTyped', { n: typed })}
        </p>
      )}
      {blank && (
        <div className="present-blank" role="status">
          <span className="present-blank-text">{t('presentBlanked')}</span>
        </div>
      )}
    </div>
  );
}
