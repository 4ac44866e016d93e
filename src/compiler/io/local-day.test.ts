import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './html-article';
import { localPublishedDay } from './local-day';

const story = 'The harbour board of Port Alden voted on Monday to keep the north dock closed for another month, its chair told reporters after a long session.';

describe('the local day of a UTC meta instant', () => {
  it('takes the day the header prints when it is one day from a UTC instant', () => {
    expect(localPublishedDay('2031-03-04T02:15:00Z', ['A harbour story', 'Ana Velarde', 'March 3, 2031 9:15 PM', story])).toBe('2031-03-03');
    expect(localPublishedDay('2031-03-04T23:30:00.000+00:00', ['5 de marzo de 2031', story])).toBe('2031-03-05');
  });

  it('keeps the meta day for an instant with a local offset, a printed day further away, or a stamp below the first paragraph', () => {
    expect(localPublishedDay('2031-03-04T21:15:00-05:00', ['March 5, 2031', story])).toBeNull();
    expect(localPublishedDay('2031-03-04T02:15:00Z', ['March 1, 2031', story])).toBeNull();
    expect(localPublishedDay('2031-03-04T02:15:00Z', [story, 'March 3, 2031'])).toBeNull();
  });

  it('reads a saved page whose meta instant is the next day in UTC as published on its printed day', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta property="article:published_time" content="2031-03-04T02:15:00Z"><title>Port Alden keeps dock shut</title></head>
<body><article><h1>Port Alden keeps dock shut</h1><p>March 3, 2031 9:15 PM</p><p>${story}</p><p>${story}</p></article></body></html>`;
    expect(extractHtmlArticle(page).published).toBe('2031-03-03');
  });
});
