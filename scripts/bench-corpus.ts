/**
 * Generates benchmark corpora shaped like the seed articles — a title, scraped
 * noise (cookie banner, comment form, an id line), a dateline, quoted and
 * attributed paragraphs with absolute, relative and year-less dates, a repeated
 * paragraph and a "related articles" block — about invented people. A seeded
 * generator makes every run produce the same files. A fifth are in Spanish.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const FIRST = ['Lena', 'Marcus', 'Irene', 'Tomás', 'Aoife', 'Rafael', 'Nadia', 'Óscar', 'Helga', 'Julián', 'Maren', 'Dario', 'Sofía', 'Edwin', 'Paula', 'Kofi'];
const LAST = ['Varga', 'Odell', 'Sotelo', 'Ibarrola', "O'Neill", 'Castelar', 'Lindqvist', 'Ferrán', 'Mbeki-Ross', 'Quintero', 'Halloran', 'Zapata-Ruiz', 'Okafor', 'Brandt'];
const TITLES_EN = ['Foreign Minister', 'Senator', 'Attorney General', 'Defense Secretary', 'President', 'Governor'];
const TITLES_ES = ['la canciller', 'el senador', 'el fiscal general', 'la ministra', 'el presidente', 'la gobernadora'];
const PLACES = ['Port Aldren', 'Halden City', 'Veracruz Norte', 'San Elías', 'Marlow Bay', 'Ciudad Quinta'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const TOPICS_EN = ['border security', 'cartel violence', 'fentanyl trafficking', 'military cooperation', 'trade tariffs', 'extradition requests'];
const TOPICS_ES = ['la seguridad fronteriza', 'la violencia de los cárteles', 'el tráfico de fentanilo', 'la cooperación militar', 'los aranceles', 'las extradiciones'];

/** Mulberry32: a small deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticle(index: number): { name: string; text: string } {
  const r = rng(index * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const a = person();
  const b = person();
  const place = pick(PLACES);
  const year = 2024 + Math.floor(r() * 3);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const other = 1 + Math.floor(r() * 28);
  const id = Array.from({ length: 4 }, () => Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')).join('-');
  const spanish = index % 5 === 4;
  if (spanish) {
    const topic = pick(TOPICS_ES);
    const t1 = pick(TITLES_ES);
    const text = `${a.split(' ')[1]} rechaza el plan sobre ${topic}

Inicio » Mundo » Política
${id}

${place}, ${day} de ${MONTHS_ES[month]} de ${year} - ${t1} ${a} rechazó el lunes la propuesta sobre ${topic} presentada por ${b}, y afirmó que su gobierno "no aceptará presiones externas".

"No vamos a permitir que se viole nuestra soberanía", dijo ${a.split(' ')[1]} en conferencia de prensa. La reunión con ${b} se celebró el ${other} de ${MONTHS_ES[(month + 11) % 12]} y terminó sin acuerdo.

Según el comunicado, ambos gobiernos sostuvieron una llamada telefónica el ${day} de ${MONTHS_ES[month]} de ${year} para preparar una nueva ronda de negociaciones. ${b} aseguró que "habrá resultados esta semana".

"No vamos a permitir que se viole nuestra soberanía", dijo ${a.split(' ')[1]} en conferencia de prensa. La reunión con ${b} se celebró el ${other} de ${MONTHS_ES[(month + 11) % 12]} y terminó sin acuerdo.

El año pasado, ${b} advirtió que la cooperación en ${topic} era "indispensable". A principios de este año, el congreso aprobó una reforma sobre el tema.

Artículos relacionados

${person()} se reúne con ${person()} en ${pick(PLACES)} (${year}-${String(month + 1).padStart(2, '0')}-${String(other).padStart(2, '0')})
${person()} anuncia nuevas medidas sobre ${pick(TOPICS_ES)}

Este sitio usa cookies para mejorar su experiencia. Aceptar Rechazar
Deja un comentario
`;
    return { name: `${String(index).padStart(6, '0')}_es.txt`, text };
  }
  const topic = pick(TOPICS_EN);
  const t1 = pick(TITLES_EN);
  const text = `${a.split(' ')[1]} criticises ${b.split(' ')[1]} over ${topic}

Home > World > Politics
${id}

${place}, ${MONTHS_EN[month]} ${day}, ${year} - ${t1} ${a} said on Friday that the government would "never accept" foreign troops as part of any plan on ${topic}, hours after ${b} called for joint operations.

"We will not allow anyone to violate our sovereignty," ${a.split(' ')[1]} told reporters in ${place}. ${b}, speaking in ${pick(PLACES)}, said the proposal was "the only realistic option."

The two leaders held a phone call on ${MONTHS_EN[month]} ${day}, ${year}, a follow-up to their ${MONTHS_EN[(month + 11) % 12]} ${other} meeting, according to a statement from the ministry. This week, officials from both sides met again.

"We will not allow anyone to violate our sovereignty," ${a.split(' ')[1]} told reporters in ${place}. ${b}, speaking in ${pick(PLACES)}, said the proposal was "the only realistic option."

Earlier this year, ${b} warned that cooperation on ${topic} was "essential." In a ${MONTHS_EN[(month + 10) % 12]} ${other} interview, ${b.split(' ')[1]} said: "Time is running out."

Related articles

${person()} meets ${person()} in ${pick(PLACES)} (${year}-${String(month + 1).padStart(2, '0')}-${String(other).padStart(2, '0')})
${person()} announces new measures on ${pick(TOPICS_EN)}

We use cookies to improve your experience. Accept Decline
Leave a Reply
Your email address will not be published. Required fields are marked *
`;
  return { name: `${String(index).padStart(6, '0')}_en.txt`, text };
}

/** Writes `count` articles into `dir` (created if needed); returns the file names. */
export function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const { name, text } = generateArticle(i);
    writeFileSync(path.join(dir, name), text);
    names.push(name);
  }
  return names;
}
