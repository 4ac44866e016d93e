import type { Quote, Timeline, TimelineEvent } from '../../schema/timeline';
import { useT } from '../i18n/use-t';
import { citedOutlets } from './sources-credit';

export function SourcesCredit(props: { timeline: Timeline; events: readonly TimelineEvent[]; quotes: readonly Quote[] }) {
  const t = useT();
  const { outlets, withoutOutlet } = citedOutlets(props.timeline, props.events, props.quotes);
  if (outlets.length === 0 && withoutOutlet === 0) return null;
  const names = outlets.length > 0 ? outlets.join(', ') : t('sourcesDocuments', { n: withoutOutlet });
  return (
    <p className="embed-credit" dir="auto">
      {t('sourcesCredit', { outlets: names })}
    </p>
  );
}
