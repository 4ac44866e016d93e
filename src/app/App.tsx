import { useEffect, useState } from 'react';
import { parseTimelineText, type ParseResult } from '../schema/parse-timeline';

/** Placeholder shell until the timeline view lands: lists the compiled events and quotes. */
export function App() {
  const [result, setResult] = useState<ParseResult | null>(null);
  useEffect(() => {
    fetch('timeline.json')
      .then((r) => r.text())
      .then((t) => setResult(parseTimelineText(t)))
      .catch((e: unknown) => setResult({ ok: false, problem: { kind: 'not-json', detail: String(e) } }));
  }, []);
  if (!result) return <p>Loading…</p>;
  if (!result.ok) return <p role="alert">Could not load the timeline: {result.problem.kind}</p>;
  const { timeline } = result;
  return (
    <main>
      <h1>{timeline.title}</h1>
      <h2>Events</h2>
      <ul>
        {timeline.events.map((e) => (
          <li key={e.id}>
            {e.date.start ?? 'undated'} — {e.title}
          </li>
        ))}
      </ul>
      <h2>Quotes</h2>
      <ul>
        {timeline.quotes.map((q) => (
          <li key={q.id}>“{q.text}”</li>
        ))}
      </ul>
    </main>
  );
}
