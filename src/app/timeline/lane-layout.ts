/**
 * Who-said-what lanes. One lane per speaker; US speakers sit above the events band
 * and Mexican speakers below it, so the standoff reads at a glance; everyone else
 * (other countries, no country, unattributed quotes) forms a third group at the
 * bottom. Within a group, the reader's order wins; otherwise most quotes first.
 */
import type { Actor } from '../../schema/timeline';
import { UNATTRIBUTED } from './items';
import { shortNames } from './lane-name';

export type LaneGroup = 'us' | 'mx' | 'other';

export interface Lane {
  /** Actor id, or "" for unattributed quotes. */
  id: string;
  name: string;
  /** Shorter forms of the name for a narrow header column, longest first (lane-name.ts). */
  shortNames: string[];
  country: string | null;
  group: LaneGroup;
  count: number;
  collapsed: boolean;
}

export const GROUP_ORDER: readonly LaneGroup[] = ['us', 'mx', 'other'];

function groupOf(country: string | null): LaneGroup {
  if (country === 'US') return 'us';
  if (country === 'MX') return 'mx';
  return 'other';
}

/** Lanes for the speakers of `laneIds` (one entry per quote), in display order: US, MX, other. */
export function buildLanes(
  laneIds: readonly string[],
  actors: ReadonlyMap<string, Actor>,
  collapsed: readonly string[],
  order: readonly string[] | null,
  unattributedName: string,
): Lane[] {
  const counts = new Map<string, number>();
  for (const id of laneIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const shut = new Set(collapsed);
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  const lanes: Lane[] = [];
  for (const [id, count] of counts) {
    const actor = id === UNATTRIBUTED ? undefined : actors.get(id);
    const country = actor?.country ?? null;
    lanes.push({
      id,
      name: id === UNATTRIBUTED ? unattributedName : (actor?.name ?? id),
      shortNames: actor ? shortNames(actor) : [],
      country,
      group: id === UNATTRIBUTED ? 'other' : groupOf(country),
      count,
      collapsed: shut.has(id),
    });
  }
  const g = (l: Lane) => GROUP_ORDER.indexOf(l.group);
  // Names compare case- and accent-folded, by code unit: close to the reader's
  // alphabetical order for names, without a collator (whose first use loads ICU
  // data, ~10 ms, before the first paint).
  const folded = new Map(lanes.map((l) => [l.id, l.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()]));
  const byName = (a: Lane, b: Lane) => {
    const x = folded.get(a.id) ?? '';
    const y = folded.get(b.id) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  lanes.sort((a, b) => {
    if (g(a) !== g(b)) return g(a) - g(b);
    const ra = rank.get(a.id) ?? Infinity;
    const rb = rank.get(b.id) ?? Infinity;
    if (ra !== rb) return ra - rb;
    // Unattributed quotes go last in their group: they are the least informative lane.
    if ((a.id === UNATTRIBUTED) !== (b.id === UNATTRIBUTED)) return a.id === UNATTRIBUTED ? 1 : -1;
    return b.count - a.count || byName(a, b) || (a.id < b.id ? -1 : 1);
  });
  return lanes;
}

/**
 * The lane order after moving one lane up (-1) or down (+1) within its group.
 * Returns the full order of all current lanes, ready to store; unchanged at an edge.
 */
export function moveLane(lanes: readonly Lane[], id: string, direction: -1 | 1): string[] {
  const ids = lanes.map((l) => l.id);
  const i = ids.indexOf(id);
  const j = i + direction;
  const here = lanes[i];
  const there = lanes[j];
  if (!here || !there || here.group !== there.group) return ids;
  ids[i] = there.id;
  ids[j] = here.id;
  return ids;
}

export function toggleLane(collapsed: readonly string[], id: string): string[] {
  return collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id];
}

export interface Row {
  y: number;
  height: number;
}

export interface VerticalLayout {
  axis: Row;
  band: Row;
  lanes: Map<string, Row>;
  /** Gaps between groups, where a thin rule is drawn. */
  dividers: number[];
  height: number;
}

export interface RowSizes {
  axis: number;
  band: number;
  lane: number;
  collapsedLane: number;
  gap: number;
}

/** Stacks axis, US lanes, the events band, MX lanes and other lanes top to bottom. */
export function verticalLayout(lanes: readonly Lane[], sizes: RowSizes): VerticalLayout {
  const rows = new Map<string, Row>();
  const dividers: number[] = [];
  let y = 0;
  const axis = { y, height: sizes.axis };
  y += sizes.axis;
  const put = (group: LaneGroup) => {
    const mine = lanes.filter((l) => l.group === group);
    if (mine.length === 0) return;
    y += sizes.gap / 2;
    for (const l of mine) {
      const h = l.collapsed ? sizes.collapsedLane : sizes.lane;
      rows.set(l.id, { y, height: h });
      y += h;
    }
    y += sizes.gap / 2;
  };
  put('us');
  dividers.push(y);
  const band = { y, height: sizes.band };
  y += sizes.band;
  dividers.push(y);
  put('mx');
  if (lanes.some((l) => l.group === 'other')) dividers.push(y);
  put('other');
  return { axis, band, lanes: rows, dividers, height: y + 4 };
}
