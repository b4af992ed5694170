import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACCEPTANCE_APP, ACCEPTANCE_BUDGET_KB, bundleSize, PARTNER_APP } from './bundleSizes.js';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const KB = 1024;

describe('the built app', () => {
  it(`keeps the acceptance page within ${ACCEPTANCE_BUDGET_KB} KB and the partner app within 200 KB of gzipped JS (both languages)`, () => {
    const report: Record<string, number> = {};
    for (const locale of ['de', 'en'] as const) {
      const acceptance = bundleSize(dist, ACCEPTANCE_APP, locale);
      const partner = bundleSize(dist, PARTNER_APP, locale);
      report[`acceptance-${locale}`] = acceptance.gzipBytes;
      report[`partner-${locale}`] = partner.gzipBytes;
      expect(acceptance.files.some((file) => file.includes('PartnerApp')), 'the acceptance page must not load the partner app').toBe(false);
      expect(acceptance.gzipBytes, `acceptance page (${locale}): ${acceptance.files.join(', ')}`).toBeLessThanOrEqual(ACCEPTANCE_BUDGET_KB * KB);
      expect(partner.gzipBytes, `partner app (${locale}): ${partner.files.join(', ')}`).toBeLessThanOrEqual(200 * KB);
    }
    writeFileSync(path.join(dist, 'bundle-sizes.json'), `${JSON.stringify(report, null, 2)}\n`);
  });
});
