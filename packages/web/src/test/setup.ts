import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerCatalogs } from '../i18n/catalogs.js';
import { de } from '../messages/de.js';
import { en } from '../messages/en.js';

// The app loads a language's catalog on demand; tests have both at hand.
registerCatalogs({ de, en });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
