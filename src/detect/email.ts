import type { Detector } from './types.js';

// Placeholder until the real detector lands.
export const emailDetector: Detector = {
  name: 'email',
  type: 'EMAIL',
  detect() {
    return [];
  },
};
