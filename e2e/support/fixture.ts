import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SEED_FIXTURE } from './servers';

/** The hand-made seed fixture, served for every request to timeline.json (deterministic journeys). */
export const fixtureText = readFileSync(SEED_FIXTURE, 'utf8');
export const fixture = JSON.parse(fixtureText) as {
  title: string;
  events: { id: string; title: string; relevant: boolean; date: { start: string | null } }[];
  quotes: { id: string; text: string }[];
};

export async function useFixture(page: Page): Promise<void> {
  await page.route('**/timeline.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: fixtureText }),
  );
}

/** Dated relevant events in date order: the default presentation stops. */
export const defaultStops = fixture.events
  .filter((e) => e.relevant && e.date.start !== null)
  .sort((a, b) => (a.date.start! < b.date.start! ? -1 : a.date.start! > b.date.start! ? 1 : 0));
