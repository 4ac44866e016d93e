import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';

/** A calendar window, both ends inclusive, as "YYYY-MM-DD" strings. */
export interface DateRange {
  start: string;
  end: string;
}

export interface LaneState {
  /** Actor ids whose lanes are collapsed ("" stands for the unattributed lane). */
  collapsed: string[];
  /** Actor ids in the reader's order, or null for the default (most quotes first). */
  order: string[] | null;
}

/**
 * Props of `<Timeline>` (src/app/timeline/Timeline.tsx). The shell owns all state;
 * the chart is controlled: it renders these props and reports gestures back.
 */
export interface TimelineProps {
  /** Full data, used to look up actors and documents. */
  timeline: Timeline;
  /** Events to draw, already filtered by the shell (undated ones go to the tray). */
  events: TimelineEvent[];
  /** Quotes to draw, already filtered by the shell. */
  quotes: Quote[];
  /** Visible window; null fits all the data. */
  range: DateRange | null;
  /** Called (throttled) while zooming/panning/brushing with the visible window. */
  /** The window the reader chose; null is the opening view (nothing in the URL). */
  onRangeChange: (range: DateRange | null) => void;
  /** Selected event or quote id. */
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Click or Enter on a mark: open the detail panel. */
  onOpen: (id: string) => void;
  /** Search text to highlight ('' = none). */
  highlight: string;
  /** Actor ids of collapsed lanes ("" = the unattributed lane). */
  collapsedLanes: string[];
  /** Actor ids in user order; null = by quote count. */
  laneOrder: string[] | null;
  onLanesChange: (lanes: LaneState) => void;
  variant: 'full' | 'embed' | 'present';
  locale: 'en' | 'es';
  reducedMotion: boolean;
  /**
   * Optional height (px) for the plot area, e.g. in presentation mode: spare room
   * goes to extra rows of the events band, so more labels fit. By default the
   * chart is as tall as its content.
   */
  height?: number;
}
