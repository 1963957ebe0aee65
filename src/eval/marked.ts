import type { GoldDoc, Span } from './metrics.js';

/**
 * Hand-written fixture format: documents separated by a line `=====`; entities marked inline as
 * `[[Anna Schmidt]]` (PERSON) or `[[EMAIL|a@b.de]]` (any other type). Returns documents with the
 * marks removed and UTF-16 offsets into the clean text.
 */
export function parseMarked(source: string, lang: string, idPrefix: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  source.split(/\r?\n=====\r?\n/).forEach((raw, n) => {
    let text = '';
    const entities: Span[] = [];
    const re = /\[\[(?:([A-Z_]+)\|)?([^\]]+)\]\]/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(raw))) {
      text += raw.slice(last, m.index);
      const start = text.length;
      text += m[2]!;
      entities.push({ start, end: text.length, type: m[1] ?? 'PERSON' });
      last = m.index + m[0].length;
    }
    text += raw.slice(last);
    docs.push({ id: `${idPrefix}-${n}`, lang, text, entities });
  });
  return docs;
}

/** Language from a fixture file name: `business.de.marked.txt` → "de". */
export function langFromName(name: string): string {
  const m = name.match(/\.(de|en|und)\.marked\.txt$/);
  return m ? m[1]! : 'und';
}
