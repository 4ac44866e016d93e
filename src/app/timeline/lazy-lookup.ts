/**
 * A lookup built on first use. An index over every item (tens of thousands at
 * the largest) is then not built while the first view is drawn, only when
 * something is looked up: a selection, a mark that needs its name.
 */
export function lazyLookup<V>(build: () => Map<string, V>): (key: string) => V | undefined {
  let map: Map<string, V> | null = null;
  return (key) => (map ??= build()).get(key);
}
