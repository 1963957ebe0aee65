import { describe, expect, it } from 'vitest';
import { introducedNames, quotedSpeakers } from '../src/detect/person/introductions.js';

const names = (f: typeof introducedNames, text: string) => f(text).map((s) => text.slice(s.start, s.end));

describe('introducedNames: a name announced as one, in any case', () => {
  it.each([
    ['my name is vitoria', 'vitoria'],
    ['Hi, my name is Vitoria Santos and I need help.', 'Vitoria Santos'],
    ['sometimes people call me višeslav', 'višeslav'],
    ['her maiden name is nyberg', 'nyberg'],
    ['name: hyuuma t. maida address: unit 4526', 'hyuuma t. maida'],
    ['Mein Name ist Jörg Lindqvist.', 'Jörg Lindqvist'],
    ['mein name ist jörg lindqvist', 'jörg lindqvist'],
    ["what's your name? my name's Bob.", 'Bob'],
    ['The driver, who introduced himself as "Winter", left a card.', 'Winter'],
    ['She introduced herself as Dr. Okafor from the ward.', 'Okafor'],
  ])('%s → %s', (text, name) => {
    expect(names(introducedNames, text)).toEqual([name]);
  });

  it.each(['my name is not important', 'He introduced himself as the new site manager.', 'she introduced herself as a nurse', 'Call me at 0171 2345678', 'call me maybe', 'The file name is report.pdf', 'Name:\nVorname: Anna'])(
    'nothing in "%s"',
    (text) => {
      expect(names(introducedNames, text)).toEqual([]);
    },
  );
});

describe('quotedSpeakers: an English speech verb, then the speaker', () => {
  it('finds the speaker ending the clause', () => {
    expect(names(quotedSpeakers, 'Germany is moving in that direction," says Gerste.')).toEqual(['Gerste']);
    expect(names(quotedSpeakers, "I'm so jealous! said Maslin to Antonio")).toEqual(['Maslin']);
  });
  it('leaves days, greetings and lower-case words alone', () => {
    expect(names(quotedSpeakers, 'The company said Monday, that it would grow.')).toEqual([]);
    expect(names(quotedSpeakers, 'He said hello to everyone.')).toEqual([]);
  });
});

describe('quotedSpeakers: a German speech verb after a quotation, then the speaker', () => {
  it('takes the speaker also where the name is a word, and leaves the role before it out', () => {
    expect(names(quotedSpeakers, '„Ich musste mich dafür verkleiden“, meinte Greis scherzhaft.')).toEqual(['Greis']);
    expect(names(quotedSpeakers, '"Das war nicht mit Absicht", fuhr Rockenfeller fort.')).toEqual(['Rockenfeller']);
    expect(names(quotedSpeakers, '„Wir sind bereit“, sagte Bundestrainerin Sabine Krautwurst am Montag.')).toEqual(['Sabine Krautwurst']);
  });
  it('no article, pronoun or title after the verb, and no verb without a quotation before it', () => {
    expect(names(quotedSpeakers, '„Das geht nicht“, sagte der Trainer. „Gut“, meinte Sie. „Ja“, sagt Kuratorin Dr. Vollmer.')).toEqual([]);
    expect(names(quotedSpeakers, 'Im Mai meinte Greis noch, es gehe ihm gut.')).toEqual([]);
  });
});

describe('"called me" before what the call was about', () => {
  it('"Mr Goh called me about the delayed DOs" names no "about"; "Call me Liz" still names her', () => {
    expect(names(introducedNames, 'Mr Goh called me about the delayed DOs.')).toEqual([]);
    expect(names(introducedNames, 'he called me yesterday about the invoice')).toEqual([]);
    expect(names(introducedNames, 'Call me Liz, everyone does.')).toEqual(['Liz']);
  });
});
