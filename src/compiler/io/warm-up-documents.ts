/**
 * Two short invented articles, one English and one Spanish, that an extraction
 * worker extracts (and throws away) as soon as it starts. The first document a
 * thread extracts costs many times a later one: the date parser's regular
 * expressions are compiled to machine code and the stages' functions are
 * optimised. The pool starts its workers while the corpus is still being read,
 * so that cost is paid on a core that would otherwise wait. Nothing here is
 * taken from a real article; only the shape is news-like.
 */
import type { DocumentId } from '../../schema/timeline';
import type { SourceDocument } from '../model';

const ENGLISH = `Harbour talks resume after a month of delays

Share this article
PORT ELLIS, March 3, 2025 (Wire) - Trade Minister Lana Petrov said on Monday that talks with the neighbouring government would resume next week, two days after a phone call between the two leaders.

"We will not accept new tariffs," Petrov told reporters in the capital. She added that the ministry had met its partners on 12 February and again last Thursday.

The agreement, signed in October 2024, was suspended three weeks ago. Officials said a summit could take place in April or May 2025.

Related: Ports reopen after the storm (2025-02-20)
`;

const SPANISH = `La ministra rechaza el plan portuario

Inicio » Mundo » Política

PUERTO ELÍAS, 4 de marzo de 2025 - La canciller Marta Quiroga rechazó el lunes la propuesta presentada por el gobierno vecino y afirmó que "no aceptaremos presiones externas".

"No vamos a permitir que se viole nuestra soberanía", dijo Quiroga en conferencia de prensa. La reunión se celebró el 12 de febrero y terminó sin acuerdo.

Según el comunicado, ambos gobiernos sostuvieron una llamada telefónica hace dos días y se reunirán la próxima semana.
`;

function sample(name: string, text: string): SourceDocument {
  return { id: `warm-up-${name}` as DocumentId, path: `${name}.txt`, format: 'txt', text, bodyStart: 0, meta: {}, diagnostics: [] };
}

export const WARM_UP_DOCUMENTS: readonly SourceDocument[] = [sample('english', ENGLISH), sample('spanish', SPANISH)];
