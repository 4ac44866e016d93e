import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers());

describe('attributeQuote: the person talked about is not the speaker', () => {
  it('does not give a quote to the subject of an opening "When …," clause, in English and Spanish', () => {
    expect(said('When Beltrán called her in January, Ferrer came out of the call and described him, with a straight face, as "very respectful."')).toEqual([
      ['Lucía Ferrer', 'very respectful.'],
    ]);
    expect(said('Cuando Beltrán la llamó en enero, Ferrer salió de la llamada y lo describió como "muy respetuoso".')).toEqual([
      ['Lucía Ferrer', 'muy respetuoso'],
    ]);
  });

  it('does not give an answer to the person an opening "Asked whether X …," clause names', () => {
    expect(said('Asked whether Beltrán had ruled out strikes, Ferrer paused before answering: "He said there is no need for that."')).toEqual([
      ['Lucía Ferrer', 'He said there is no need for that.'],
    ]);
    expect(said('Preguntada si Beltrán había descartado la huelga, Ferrer hizo una pausa antes de responder: "Me dijo que no hace falta."')).toEqual([
      ['Lucía Ferrer', 'Me dijo que no hace falta.'],
    ]);
  });

  it('leaves a quote about "X\'s comments" unattributed when an unnamed official said it', () => {
    expect(said('A senior port official, who asked not to be named, said Beltrán\'s comments had "landed badly" in the ministry.')).toEqual([[null, 'landed badly']]);
    expect(said('Un alto funcionario del puerto dijo que los comentarios de Beltrán habían "caído mal" en el ministerio.')).toEqual([[null, 'caído mal']]);
  });

  it('still gives the words of "X\'s claim that …" to X', () => {
    expect(said('The union rejected Beltrán\'s claim that the port was "fully open".')).toEqual([['Óscar Beltrán', 'fully open']]);
  });

  it('does not give a quote to the subject of the clause an unnamed speaker reported, in English and Spanish', () => {
    expect(said('The analyst argued that Ferrer had been "very skilful", but warned that "sooner or later someone will test the limit".')).toEqual([
      [null, 'very skilful'],
      [null, 'sooner or later someone will test the limit'],
    ]);
    expect(said('El especialista consideró que Ferrer ha sido "muy hábil", pero advirtió que "tarde o temprano alguien va a probar el límite".')).toEqual([
      [null, 'muy hábil'],
      [null, 'tarde o temprano alguien va a probar el límite'],
    ]);
  });

  it('keeps the speaker when "that" only names a time ("that day")', () => {
    expect(said('Speaking to reporters that day, Beltrán said that "something will have to be done," adding that the unions were "very strong" there.')).toEqual([
      ['Óscar Beltrán', 'something will have to be done'],
      ['Óscar Beltrán', 'very strong'],
    ]);
  });

  it('gives the answer after "Asked whether …, he said:" to the man the pronoun goes back to, not to a name in the question', () => {
    expect(said('Dominic Pérez, the minister for port trade, spoke on Thursday. Asked whether Ferrer would follow the union, he said: "We will do what is right for the port."')).toEqual([
      ['Dominic Pérez', 'We will do what is right for the port.'],
    ]);
    expect(said('Dominic Pérez, el ministro de comercio portuario, habló el jueves. Preguntado si Ferrer seguiría al sindicato, él dijo: "Haremos lo correcto para el puerto."')).toEqual([
      ['Dominic Pérez', 'Haremos lo correcto para el puerto.'],
    ]);
  });
});
