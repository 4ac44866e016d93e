/**
 * Actor ids are derived from the canonical name, so they are stable across builds
 * and readable in URLs: "Irene Sotelo" → "irene-sotelo". Never random.
 */
import type { ActorId } from '../../schema/timeline';
import { foldKey } from './fold-text';

export function actorSlug(name: string): ActorId {
  const slug = foldKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/u, '')
    .replace(/-+$/u, '');
  return (slug.length > 0 ? slug : 'actor') as ActorId;
}
