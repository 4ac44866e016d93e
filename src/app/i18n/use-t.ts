import { useCallback } from 'react';
import { useStore } from '../store/store';
import { translate, type Translate } from './translate';

/** The translate function for the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useStore((s) => s.lang);
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}
