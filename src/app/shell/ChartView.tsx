import { useCallback, useDeferredValue } from 'react';
import { Timeline } from '../timeline/Timeline';
import type { LaneState } from '../timeline/timeline-props';
import { useStore } from '../store/store';
import { selectVisible } from '../store/select-visible';
import { useMediaQuery, REDUCED_MOTION_QUERY } from '../ui/use-media-query';
import type { Timeline as TimelineData } from '../../schema/timeline';

interface ChartViewProps {
  timeline: TimelineData;
  variant?: 'full' | 'embed' | 'present';
  /** Opening an item: the detail panel by default; the embed opens the full app instead. */
  onOpen?: (id: string) => void;
}

/** Feeds the chart from the store. The chart is controlled: it reports gestures, the store decides. */
export function ChartView({ timeline, variant = 'full', onOpen }: ChartViewProps) {
  // Typing in the search stays responsive: the chart catches up when React has time.
  const visible = useDeferredValue(useStore(selectVisible));
  const range = useStore((s) => s.range);
  const selectedId = useStore((s) => s.selectedId);
  const search = useDeferredValue(useStore((s) => s.filters.search));
  const collapsed = useStore((s) => s.collapsedLanes);
  const order = useStore((s) => s.laneOrder);
  const lang = useStore((s) => s.lang);
  const setRange = useStore((s) => s.setRange);
  const select = useStore((s) => s.select);
  const openItem = useStore((s) => s.openItem);
  const setLanes = useStore((s) => s.setLanes);
  const reducedMotion = useMediaQuery(REDUCED_MOTION_QUERY);
  const onLanesChange = useCallback((l: LaneState) => setLanes(l.collapsed, l.order), [setLanes]);
  return (
    <Timeline
      timeline={timeline}
      events={visible.events}
      quotes={visible.quotes}
      range={range}
      onRangeChange={setRange}
      selectedId={selectedId}
      onSelect={select}
      onOpen={onOpen ?? openItem}
      highlight={search}
      collapsedLanes={collapsed}
      laneOrder={order}
      onLanesChange={onLanesChange}
      variant={variant}
      locale={lang}
      reducedMotion={reducedMotion}
    />
  );
}
