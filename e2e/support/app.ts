import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * The journeys run against the compiled seeds (`npm run compile` → public/timeline.json).
 * With E2E_SEED_FIXTURE=1 they run against e2e/fixtures/seed-timeline.json instead, a
 * hand-made stand-in used while the compiler is being built.
 */
export async function useTimelineData(page: Page): Promise<void> {
  if (process.env['E2E_SEED_FIXTURE'] !== '1') return;
  const body = readFileSync('e2e/fixtures/seed-timeline.json', 'utf8');
  await page.route('**/timeline.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Serves `body` for every request to the default data file. */
export async function serveTimeline(page: Page, body: string, options: { status?: number; contentType?: string } = {}) {
  await page.route('**/timeline.json', (route) =>
    route.fulfill({ status: options.status ?? 200, contentType: options.contentType ?? 'application/json', body }),
  );
}

export function artifact(name: string): string {
  return `e2e/artifacts/${name}.png`;
}

/** The timeline the page under test loads, read from disk so a test can use it as its oracle. */
export function timelineOnDisk(): {
  events: { id: string; title: string; type: string; date: { start: string | null; precision: string }; relevant: boolean; actors: string[] }[];
  quotes: { id: string; text: string; speaker: string | null; event: string | null }[];
  actors: { id: string; name: string }[];
} {
  const path = process.env['E2E_SEED_FIXTURE'] === '1' ? 'e2e/fixtures/seed-timeline.json' : 'public/timeline.json';
  return JSON.parse(readFileSync(path, 'utf8'));
}
