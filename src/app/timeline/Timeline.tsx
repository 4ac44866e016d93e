import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Axis } from './Axis';
import { axisMajorY, majorLabels, markerLabelSide } from './axis-labels';
import { chartStrings } from './chart-text';
import { Connectors } from './Connectors';
import { DateMarker } from './DateMarker';
import { countInView } from './density';
import { DensityCanvas, type DensityRow } from './DensityCanvas';
import { dimensionsFor } from './dimensions';
import { EventMarks } from './EventMarks';
import { longDay, shortDay } from './format-date';
import type { Cluster } from './label-placement';
import { LaneHeaders } from './LaneHeaders';
import { moveLane, toggleLane } from './lane-layout';
import { Legend } from './Legend';
import { Overview } from './Overview';
import type { QuoteMark } from './quote-layout';
import { QuoteMarks } from './QuoteMarks';
import { axisTicks, clampView, MIN_SPAN_MS, zoomView } from './time-scale';
import type { TimelineProps } from './timeline-props';
import { UndatedTray } from './UndatedTray';
import { useChartData } from './use-chart-data';
import { useMeasureText } from './text-width';
import { useFocusSelection, useRevealSelection } from './use-reveal';
import { useAnchor } from './use-anchor';
import { useMarkNames } from './use-mark-names';
import { useMarks } from './use-marks';
import { useVerticalLayout } from './use-vertical-layout';
import { Toolbar } from './Toolbar';
import { useView } from './use-view';
import { useWidth } from './use-width';
import { useZoom } from './use-zoom';
import { linksFor } from './links';
import './timeline.css';

/**
 * The timeline chart: a controlled component. It draws the filtered events and
 * quotes it is given, and reports the reader's gestures (window, selection, lanes)
 * back to the shell, which owns all state. Layered marks over shared scales.
 */
export function Timeline(props: TimelineProps) {
  const { locale, variant, selectedId, onSelect, onOpen, onLanesChange } = props;
  const s = chartStrings(locale);
  const [rootRef, rootWidth] = useWidth<HTMLDivElement>();
  const [nameRoom, setNameRoom] = useState(0);
  const d = dimensionsFor(variant, rootWidth, nameRoom);
  const width = Math.max(0, rootWidth - d.side);
  const measure = useMeasureText(rootRef, rootWidth > 0, d.font);
  const data = useChartData(props, s);
  const { view, change, reset } = useView(props.range, data.focus, data.full, props.onRangeChange);
  const [extraRows, setExtraRows] = useState(0);
  const eventCount = data.items.events.length;
  const { layout, bandRows } = useVerticalLayout(data.lanes, eventCount, extraRows, d, props.height);
  const x = useCallback((ms: number) => ((ms - view[0]) / (view[1] - view[0])) * width, [view, width]);
  const { a0, span, ax, toMs, dx, viewRef } = useAnchor(view, width);
  const ticks = useMemo(() => axisTicks(view, width, locale, d.font / 12), [view, width, locale, d.font]);

  const denseEvents = countInView(data.eventMs, view) > d.denseEvents;
  const denseQuotes = countInView(data.quoteMs, view) > d.denseQuotes;
  const hits = data.hits;
  const bold = useCallback((id: string) => id === selectedId || hits.has(id), [selectedId, hits]);
  const { events, quoteMarks } = useMarks(data, { width, a0, span, ax, bandRows, d, measure, bold, selectedId, denseEvents, denseQuotes });
  const bandY = layout.band.y;
  const clusterY = bandY + bandRows * d.row + d.row / 2;
  const links = useMemo(
    () => linksFor(events, quoteMarks, data.items.quotes, layout, { bandY, row: d.row, clusterY, selectedId }),
    [events, quoteMarks, data.items.quotes, layout, bandY, d.row, clusterY, selectedId],
  );

  const { eventNames, quoteMarkName } = useMarkNames(data, events, s, locale);
  const quoteById = data.quoteById;
  const isDirect = useCallback((id: string) => quoteById(id)?.quote.direct, [quoteById]);
  const groups = useMemo(() => new Map(data.lanes.map((l) => [l.id, l.group])), [data.lanes]);

  // Roving tabindex: the selected mark if drawn, else the first event, else the first quote.
  const drawn = new Set<string>();
  for (const m of events.marks) drawn.add(m.item.id);
  for (const q of quoteMarks) if (!q.collapsed) for (const id of q.ids) drawn.add(id);
  const tabId = selectedId !== null && drawn.has(selectedId) ? selectedId : (events.marks[0]?.item.id ?? quoteMarks.find((q) => !q.collapsed)?.ids[0] ?? null);

  const activate = useCallback(
    (id: string) => {
      onSelect(id);
      onOpen(id);
    },
    [onSelect, onOpen],
  );
  const canZoomIn = span > MIN_SPAN_MS * 1.05;
  const zoomTo = useCallback(
    (a: number, b: number) => {
      const pad = Math.max((b - a) * 0.25, MIN_SPAN_MS / 2);
      change([a - pad, b + pad], true);
    },
    [change],
  );
  const onQuote = useCallback(
    (m: QuoteMark) => {
      const first = m.ids[0];
      if (first === undefined) return;
      if (m.ids.length === 1 || !canZoomIn) return activate(first);
      change(zoomView(viewRef.current, 4, toMs(m.x)), true);
    },
    [activate, canZoomIn, toMs, change, viewRef],
  );
  const onCluster = useCallback(
    (c: Cluster) => {
      if (canZoomIn) zoomTo(toMs(c.x0), toMs(c.x1));
      else setExtraRows((r) => Math.min(12, r + c.ids.length));
    },
    [canZoomIn, zoomTo, toMs],
  );
  const clusterName = useCallback(
    (c: Cluster) => s.clusterName(c.ids.length, shortDay(toMs(c.x0), locale), shortDay(toMs(c.x1), locale)),
    [s, toMs, locale],
  );
  const onToggle = useCallback(
    (id: string) => onLanesChange({ collapsed: toggleLane(props.collapsedLanes, id), order: props.laneOrder }),
    [onLanesChange, props.collapsedLanes, props.laneOrder],
  );
  const onMove = useCallback(
    (id: string, dir: -1 | 1) => onLanesChange({ collapsed: props.collapsedLanes, order: moveLane(data.lanes, id, dir) }),
    [onLanesChange, props.collapsedLanes, data.lanes],
  );
  const zoomBy = useCallback((f: number) => change(zoomView(view, f), true), [change, view]);
  const fitAll = useCallback(() => change(data.fit, true), [change, data.fit]);

  const svgRef = useRef<SVGSVGElement | null>(null);
  useZoom(svgRef, { full: data.full, view, width, height: layout.height, wheelNeedsModifier: variant === 'embed', mounted: rootWidth > 0, onView: change });

  // Bring the selected item into view (the shell moves it with ←/→), and keep focus on it.
  const timeOfSelected = selectedId === null ? undefined : data.timeOf(selectedId);
  useEffect(() => {
    if (timeOfSelected === undefined) return;
    if (timeOfSelected < view[0] || timeOfSelected >= view[1]) {
      const half = (view[1] - view[0]) / 2;
      change(clampView([timeOfSelected - half, timeOfSelected + half], data.full), true);
    }
    // Only when the selection changes, not on every pan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, timeOfSelected]);
  useRevealSelection(svgRef, selectedId);
  useFocusSelection(rootRef, svgRef, selectedId);

  // performance.mark once the first complete render (canvas included) is on screen.
  useEffect(() => {
    if (width <= 0) return;
    const id = requestAnimationFrame(() => {
      if (typeof performance !== 'undefined' && performance.getEntriesByName('timeline-ready').length === 0) {
        performance.mark('timeline-ready');
      }
    });
    return () => cancelAnimationFrame(id);
  }, [width]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable="true"]') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-' || e.key === '_' || e.key === '−') zoomBy(0.5);
    else if (e.key === '0') reset();
    else return;
    e.preventDefault();
  };

  const clip = `tl-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const rangeText = s.visible(shortDay(view[0], locale), shortDay(view[1] - 1, locale));
  const marker =
    data.today >= data.full[0] && data.today <= data.full[1]
      ? { ms: data.today, label: s.today }
      : data.latest !== null
        ? { ms: data.latest, label: s.latest }
        : null;
  const denseCount = (denseEvents ? countInView(data.eventMs, view) : 0) + (denseQuotes ? countInView(data.quoteMs, view) : 0);
  const densityRows: DensityRow[] = [];
  if (denseEvents) densityRows.push({ key: 'events', ms: data.eventMs, y: layout.band.y, height: layout.band.height });
  if (denseQuotes) {
    for (const l of data.lanes) {
      const row = layout.lanes.get(l.id);
      const ms = data.laneMs.get(l.id);
      if (row && ms) densityRows.push({ key: l.id, ms, y: row.y, height: row.height });
    }
  }
  const years = useMemo(() => {
    const t = axisTicks(data.full, width, locale, 3);
    return t.major.length > 0 ? t.major : t.minor;
  }, [data.full, width, locale]);
  const empty = data.items.events.length === 0 && data.items.quotes.length === 0;

  // Until the container is measured, only an empty box of about the chart's height
  // (so the page's scrollbar, and with it the width, does not change) is drawn:
  // the measure then lays out the page shell alone, and the chart's first render,
  // at its real width, is its final one.
  if (rootWidth <= 0) {
    return (
      <div
        ref={rootRef}
        className={`tl tl--${variant}`}
        style={{ '--tl-side': `${d.side}px`, fontSize: d.font, minHeight: layout.height + d.overview } as React.CSSProperties}
      />
    );
  }

  return (
    <div
      ref={rootRef}
      className={`tl tl--${variant}${props.reducedMotion ? ' tl--still' : ''}`}
      style={{ '--tl-side': `${d.side}px`, fontSize: d.font } as React.CSSProperties}
      onKeyDown={onKeyDown}
    >
      <Toolbar strings={s} rangeText={rangeText} canZoomIn={canZoomIn} denseCount={denseCount} empty={empty} onZoom={zoomBy} onFitAll={fitAll} />
      <div className="tl-body">
        <div className="tl-plot" style={{ width, height: layout.height }}>
          {densityRows.length > 0 ? <DensityCanvas rows={densityRows} view={view} width={width} height={layout.height} colorVar="--tl-density" /> : null}
          <svg
            ref={svgRef}
            id="timeline"
            className="tl-svg"
            width={width}
            height={layout.height}
            role="group"
            aria-roledescription={s.roleDescription}
            aria-label={`${s.chart}, ${rangeText}. ${s.keysHint}`}
            tabIndex={tabId === null ? 0 : -1}
          >
            <defs>
              <clipPath id={clip}>
                <rect x={-d.radius * 3} y={layout.band.y} width={width + d.radius * 6} height={layout.band.height} />
              </clipPath>
            </defs>
            <rect className="tl-band-bg" x={0} y={layout.band.y} width={width} height={layout.band.height} />
            {data.lanes.map((l) => {
              const row = layout.lanes.get(l.id);
              return row ? <rect key={l.id} className={`tl-lane-bg tl-lane-bg--${l.group}`} x={0} y={row.y} width={width} height={row.height} /> : null;
            })}
            <Axis ticks={ticks} x={x} width={width} axisHeight={d.axis} height={layout.height} font={d.font} />
            {marker && marker.ms >= view[0] && marker.ms <= view[1] ? (
              <DateMarker
                px={x(marker.ms)}
                label={marker.label}
                name={`${marker.label}: ${longDay(marker.ms, locale)}`}
                top={d.axis}
                height={layout.height}
                font={d.font}
                labelY={axisMajorY(d.font)}
                side={markerLabelSide(x(marker.ms), marker.label, majorLabels(ticks.major, x, width, d.font), width, d.font)}
              />
            ) : null}
            <g transform={`translate(${dx.toFixed(2)},0)`}>
              <Connectors links={links} />
            </g>
            <g clipPath={`url(#${clip})`}>
              <g transform={`translate(${dx.toFixed(2)},0)`}>
              <EventMarks
                layout={events}
                y={bandY}
                row={d.row}
                clusterY={clusterY}
                radius={d.radius}
                gap={4}
                font={d.font}
                selectedId={selectedId}
                tabId={tabId}
                names={eventNames}
                hits={data.hits}
                clusterName={clusterName}
                more={s.more}
                onActivate={activate}
                onCluster={onCluster}
              />
              </g>
            </g>
            <g transform={`translate(${dx.toFixed(2)},0)`}>
            <QuoteMarks
              marks={quoteMarks}
              rows={layout.lanes}
              groups={groups}
              radius={d.radius}
              font={d.font}
              selectedId={selectedId}
              tabId={tabId}
              direct={isDirect}
              hits={data.hits}
              name={quoteMarkName}
              onActivate={onQuote}
            />
            </g>
          </svg>
        </div>
        {/* After the plot in the DOM, so Tab reaches the marks first; drawn on the left. */}
        <div className="tl-side" style={{ width: d.side, height: layout.height }}>
          <UndatedTray
            items={data.items.undated}
            undatedQuotes={data.items.undatedQuotes}
            strings={s}
            locale={locale}
            selectedId={selectedId}
            onOpen={activate}
          />
          <LaneHeaders
            lanes={data.lanes}
            rows={layout.lanes}
            band={layout.band}
            eventCount={data.items.events.length}
            strings={s}
            font={d.font}
            width={d.side}
            measure={measure}
            onNameRoom={setNameRoom}
            onToggle={onToggle}
            onMove={onMove}
          />
        </div>
      </div>
      <div className="tl-foot">
        <div className="tl-side" style={{ width: d.side }} />
        <Overview
          all={data.allMs}
          full={data.full}
          view={view}
          width={width}
          height={d.overview}
          label={s.overview}
          years={years}
          font={d.font}
          onView={change}
        />
      </div>
      {variant === 'embed' ? (
        <details className="tl-legend-box">
          <summary>{s.legend}</summary>
          <Legend strings={s} types={data.types} font={d.font} />
        </details>
      ) : (
        <Legend strings={s} types={data.types} font={d.font} />
      )}
    </div>
  );
}

