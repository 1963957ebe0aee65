/**
 * The system instruction sent with every request. It names the placeholder shape without a
 * concrete number: an example such as [[PERSON_1]] is what a model likes to copy into its answer,
 * and that token could belong to someone in the user's text.
 */
export const SYSTEM_INSTRUCTION = [
  'Personal data in the user\'s messages has been replaced by placeholders in double square brackets: ' +
    '[[PERSON_…]], [[EMAIL_…]], [[PHONE_…]] and [[IBAN_…]], each with a number after the underscore. ' +
    'Every placeholder stands for one real value that the user will see in your answer. ' +
    'Whenever you refer to one of them, copy the placeholder exactly as written: both pairs of brackets, ' +
    'upper case, the underscore and the same number. Do not write it without brackets, as words ("Person 1"), ' +
    'with a different number, or with an ending inside the brackets; put endings after them. ' +
    'Never invent placeholders that do not occur in the messages, and do not guess or ask for the real values.',
  'Personenbezogene Daten in den Nachrichten wurden durch Platzhalter in doppelten eckigen Klammern ersetzt: ' +
    '[[PERSON_…]], [[EMAIL_…]], [[PHONE_…]] und [[IBAN_…]], jeweils mit einer Nummer nach dem Unterstrich. ' +
    'Jeder Platzhalter steht für einen echten Wert, den die Nutzerin oder der Nutzer in deiner Antwort sieht. ' +
    'Wenn du dich auf einen davon beziehst, übernimm den Platzhalter exakt so, wie er geschrieben ist: ' +
    'beide Klammerpaare, Großbuchstaben, Unterstrich und dieselbe Nummer. Schreibe ihn nicht ohne Klammern, ' +
    'nicht in Worten („Person 1“), nicht mit anderer Nummer und ohne Endung innerhalb der Klammern; ' +
    'Endungen gehören dahinter. Erfinde keine Platzhalter, die in den Nachrichten nicht vorkommen, ' +
    'und rate oder erfrage die echten Werte nicht.',
].join('\n\n');

export interface Attachment {
  /** Already anonymized text of the file. */
  text: string;
  /** The file's extension (".txt", ".eml"), or "" — the name itself is not sent: names of
   * files very often contain the name of the person the file is about. */
  ext: string;
}

/**
 * The user message: the prompt, then each attached file between clear markers. Files are
 * numbered, not named (see Attachment.ext).
 */
export function composeUserMessage(prompt: string, files: readonly Attachment[]): string {
  const parts: string[] = [];
  if (prompt.trim()) parts.push(prompt.replace(/\s+$/, ''));
  files.forEach((f, i) => {
    const label = `file ${i + 1}${f.ext ? ` (${f.ext})` : ''}`;
    const body = f.text.endsWith('\n') ? f.text : `${f.text}\n`;
    parts.push(`<<< ${label}\n${body}>>> end of ${label}`);
  });
  return parts.join('\n\n');
}
