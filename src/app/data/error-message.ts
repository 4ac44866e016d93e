import type { Translate } from '../i18n/translate';
import type { LoadError } from './load-timeline';

/** What went wrong, in the reader's language. */
export function errorMessage(error: LoadError, t: Translate): string {
  switch (error.kind) {
    case 'http':
      return error.status === 404 ? t('errorNotFound', { url: error.url }) : t('errorHttp', { status: error.status, url: error.url });
    case 'timeout':
      return t('errorTimeout', { seconds: error.seconds });
    case 'offline':
      return t('errorOffline');
    case 'network':
      return t('errorNetwork');
    case 'html':
      return t('errorHtml', { url: error.url });
    case 'truncated':
      return t('errorTruncated');
    case 'not-json':
      return t('errorNotJson');
    case 'wrong-shape':
      return t('errorShape', { detail: error.detail });
    case 'newer-version':
      return t('errorNewer', { found: error.found });
    case 'older-version':
      return t('errorOlder');
  }
}
