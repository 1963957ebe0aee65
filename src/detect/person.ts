import type { Detector } from './types.js';

// Placeholder until the real detector lands.
export const personDetector: Detector = {
  name: 'person',
  type: 'PERSON',
  detect() {
    return [];
  },
};
