import type { Detector } from './types.js';

// Placeholder until the real detector lands.
export const phoneDetector: Detector = {
  name: 'phone',
  type: 'PHONE',
  detect() {
    return [];
  },
};
