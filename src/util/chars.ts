/** An ASCII digit's code unit (the detectors test code units, not strings, on their hot paths). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
