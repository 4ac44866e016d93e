/**
 * The other English order of a department's or ministry's name: "Department of
 * State" and "State Department", "Ministry of Economy" and "Economy Ministry",
 * with or without "the" and a country prefix ("U.S. Department of State"). An
 * article uses either order for one body, so the registry lists both (derived,
 * never overriding a name an editor wrote).
 */

const OF_ORDER = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+)?(Department|Ministry)\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}-]+)$/u;
const NOUN_ORDER = /^(?:the\s+)?([\p{Lu}][\p{L}-]+)\s+(Department|Ministry)$/u;

/** The phrase's variants in the other order and without a country prefix, or none. */
export function officeNameVariants(phrase: string): string[] {
  const of = OF_ORDER.exec(phrase.trim());
  if (of) return [`${of[1]} of ${of[2]}`, `the ${of[1]} of ${of[2]}`, `${of[2]} ${of[1]}`, `the ${of[2]} ${of[1]}`];
  const noun = NOUN_ORDER.exec(phrase.trim());
  if (noun) return [`${noun[2]} of ${noun[1]}`, `the ${noun[2]} of ${noun[1]}`];
  return [];
}
