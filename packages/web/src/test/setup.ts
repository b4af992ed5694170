import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerCatalogs } from '../i18n/catalogs.js';
import { de, en } from '../messages/all.js';

// The app loads a language's catalog on demand; tests have both at hand, with the signed-in app's texts.
registerCatalogs({ de, en });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
