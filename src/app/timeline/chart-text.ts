/**
 * The chart's words, read from the app's one catalogue (src/app/i18n/catalogue.ts)
 * and shaped as the marks use them. The chart only needs a locale; the words are
 * built once per language. Document text never passes through here.
 */
import { EVENT_TYPES, type EventType } from '../../schema/timeline';
import type { MessageKey } from '../i18n/catalogue';
import { countLabel, translate, type Vars } from '../i18n/translate';
import type { ChartLocale } from './format-date';

export interface ChartStrings {
  chart: string;
  events: string;
  roleDescription: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  legend: string;
  undated: string;
  undatedQuotes: (n: number) => string;
  reportedOn: (date: string) => string;
  /** Legend: a quote drawn at its article's publication day. */
  quoteAsReported: string;
  noReportedDate: string;
  unattributed: string;
  today: string;
  latest: string;
  sources: (n: number) => string;
  quotes: (n: number) => string;
  quoteBy: (speaker: string) => string;
  more: (n: number) => string;
  clusterName: (n: number, from: string, to: string) => string;
  collapse: (lane: string) => string;
  expand: (lane: string) => string;
  moveUp: (lane: string) => string;
  moveDown: (lane: string) => string;
  dense: (n: number) => string;
  empty: string;
  overview: string;
  keysHint: string;
  visible: (from: string, to: string) => string;
  groups: { us: string; mx: string; other: string };
  precision: { point: string; bar: string; band: string };
  types: Record<EventType, string>;
}

function build(lang: ChartLocale): ChartStrings {
  const t = (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
  return {
    chart: t('chartLabel'),
    events: t('chartEvents'),
    roleDescription: t('chartRole'),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
    fitAll: t('fitAll'),
    legend: t('legend'),
    undated: t('undated'),
    undatedQuotes: (n) => countLabel(lang, 'undatedQuotes', n),
    reportedOn: (date) => t('reportedOn', { date }),
    quoteAsReported: t('quoteAsReported'),
    noReportedDate: t('noReportedDate'),
    unattributed: t('unattributed'),
    today: t('today'),
    latest: t('latest'),
    sources: (n) => countLabel(lang, 'nSources', n),
    quotes: (n) => countLabel(lang, 'nQuotes', n),
    quoteBy: (speaker) => t('quoteBy', { speaker }),
    more: (n) => t('moreMarks', { n }),
    clusterName: (n, from, to) => (from === to ? t('clusterDay', { n, date: from }) : t('clusterRange', { n, from, to })),
    collapse: (lane) => t('laneCollapse', { lane }),
    expand: (lane) => t('laneExpand', { lane }),
    moveUp: (lane) => t('laneUp', { lane }),
    moveDown: (lane) => t('laneDown', { lane }),
    dense: (n) => t('denseView', { n }),
    empty: t('chartEmpty'),
    overview: t('overview'),
    keysHint: t('chartKeysHint'),
    visible: (from, to) => t('visibleRange', { from, to }),
    groups: { us: t('groupUs'), mx: t('groupMx'), other: t('groupOther') },
    precision: { point: t('markPoint'), bar: t('markBar'), band: t('markBand') },
    types: Object.fromEntries(EVENT_TYPES.map((type) => [type, t(`type_${type}`)])) as Record<EventType, string>,
  };
}

const built = new Map<ChartLocale, ChartStrings>();

export function chartStrings(lang: ChartLocale): ChartStrings {
  let s = built.get(lang);
  if (!s) built.set(lang, (s = build(lang)));
  return s;
}
