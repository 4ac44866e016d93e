/**
 * Words the chart itself shows or speaks. Kept here, typed per locale, so the
 * shell's catalogue can take them over by passing nothing new: the chart only
 * needs a locale. Document text never passes through this file.
 */
import type { EventType } from '../../schema/timeline';
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

const en: ChartStrings = {
  chart: 'Timeline',
  events: 'Events',
  roleDescription: 'timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  legend: 'Legend',
  undated: 'Undated',
  undatedQuotes: (n) => (n === 1 ? '1 undated quote' : `${n} undated quotes`),
  reportedOn: (d) => `reported ${d}`,
  noReportedDate: 'no date',
  unattributed: 'Unattributed',
  today: 'Today',
  latest: 'Latest',
  sources: (n) => (n === 1 ? '1 source' : `${n} sources`),
  quotes: (n) => (n === 1 ? '1 quote' : `${n} quotes`),
  quoteBy: (s) => `Quote by ${s}`,
  more: (n) => `+${n}`,
  clusterName: (n, a, b) => `${n} more events, ${a === b ? a : `${a} to ${b}`}. Activate to open them.`,
  collapse: (l) => `Collapse ${l}`,
  expand: (l) => `Expand ${l}`,
  moveUp: (l) => `Move ${l} up`,
  moveDown: (l) => `Move ${l} down`,
  dense: (n) => `${n} items in view: zoom in to see each one`,
  empty: 'Nothing to show for these filters.',
  overview: 'Whole timeline: drag to choose the visible period',
  keysHint: 'Use + and − to zoom, Tab to reach the items, Enter to open one.',
  visible: (a, b) => `${a} – ${b}`,
  groups: { us: 'United States', mx: 'Mexico', other: 'Others' },
  precision: { point: 'day', bar: 'date range', band: 'approximate date' },
  types: {
    call: 'Call',
    meeting: 'Meeting',
    statement: 'Statement',
    interview: 'Interview',
    rejection: 'Rejection',
    threat: 'Threat',
    'military-operation': 'Military operation',
    designation: 'Designation',
    report: 'Report',
    'arrest-extradition': 'Arrest or extradition',
    policy: 'Policy',
    other: 'Other',
  },
};

const es: ChartStrings = {
  chart: 'Cronología',
  events: 'Eventos',
  roleDescription: 'cronología',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  legend: 'Leyenda',
  undated: 'Sin fecha',
  undatedQuotes: (n) => (n === 1 ? '1 cita sin fecha' : `${n} citas sin fecha`),
  reportedOn: (d) => `publicado el ${d}`,
  noReportedDate: 'sin fecha',
  unattributed: 'Sin atribuir',
  today: 'Hoy',
  latest: 'Último',
  sources: (n) => (n === 1 ? '1 fuente' : `${n} fuentes`),
  quotes: (n) => (n === 1 ? '1 cita' : `${n} citas`),
  quoteBy: (s) => `Cita de ${s}`,
  more: (n) => `+${n}`,
  clusterName: (n, a, b) => `${n} eventos más, ${a === b ? a : `del ${a} al ${b}`}. Actívelo para abrirlos.`,
  collapse: (l) => `Plegar ${l}`,
  expand: (l) => `Desplegar ${l}`,
  moveUp: (l) => `Subir ${l}`,
  moveDown: (l) => `Bajar ${l}`,
  dense: (n) => `${n} elementos a la vista: acerque para verlos uno a uno`,
  empty: 'No hay nada que mostrar con estos filtros.',
  overview: 'Toda la cronología: arrastre para elegir el periodo visible',
  keysHint: 'Use + y − para acercar o alejar, Tab para llegar a los elementos, Intro para abrir uno.',
  visible: (a, b) => `${a} – ${b}`,
  groups: { us: 'Estados Unidos', mx: 'México', other: 'Otros' },
  precision: { point: 'día', bar: 'intervalo', band: 'fecha aproximada' },
  types: {
    call: 'Llamada',
    meeting: 'Reunión',
    statement: 'Declaración',
    interview: 'Entrevista',
    rejection: 'Rechazo',
    threat: 'Amenaza',
    'military-operation': 'Operación militar',
    designation: 'Designación',
    report: 'Informe',
    'arrest-extradition': 'Detención o extradición',
    policy: 'Política',
    other: 'Otro',
  },
};

export const CHART_STRINGS: Record<ChartLocale, ChartStrings> = { en, es };
