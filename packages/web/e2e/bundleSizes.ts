import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleSize {
  files: string[];
  gzipBytes: number;
}

/**
 * The JS a first visit needs to render one of the two apps: the entry, the app's chunk, the
 * language catalog, and every chunk they import statically (from Vite's manifest), gzipped
 * file by file with node:zlib at level 9 (as a server would send them). CSS is not counted.
 */
export function bundleSize(distDir: string, appSource: string, locale: 'de' | 'en'): BundleSize {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(appSource);
  visit(`src/messages/${locale}.ts`);
  const gzipBytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length, 0);
  return { files: [...files].sort(), gzipBytes };
}

export const ACCEPTANCE_APP = 'src/routes/invitation/AcceptanceApp.tsx';
export const PARTNER_APP = 'src/PartnerApp.tsx';
