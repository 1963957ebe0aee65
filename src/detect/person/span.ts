/** What the person rules outside core.ts return: offsets into the text and a confidence. */
export interface ScoredSpan {
  start: number;
  end: number;
  score: number;
}
