import type { Detector } from './types.js';

// Placeholder until the real detector lands.
export const ibanDetector: Detector = {
  name: 'iban',
  type: 'IBAN',
  detect() {
    return [];
  },
};
