import { lazy, useState, type ComponentType } from 'react';

/**
 * A component in its own chunk that can be fetched ahead of use. Once fetched it
 * renders at once: React.lazy alone would still suspend for a moment and show the
 * fallback, and a key pressed right after the click that opened it would be lost.
 * Render `Component` inside <Suspense> for when it has not arrived yet.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((c) => {
      loaded = c;
      return c;
    });
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Preloadable(props: P) {
    // Chosen once per mount, so a view mounted while loading is never swapped (and reset).
    const [View] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <View {...props} />;
  }
  return { preload, Component: Preloadable };
}
