import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addedScripts, type ViteManifest } from './manifest-chunks.ts';

/** The pool tabs whose JS is weighed: each tab's lazily loaded page module. */
export const poolTabModules = [
  { tab: 'Settings', module: 'src/features/pools/settings/PoolSettingsPage.tsx' },
  { tab: 'Branding', module: 'src/features/branding/pages/BrandingPage.tsx' },
] as const;

/** What a signed-in user has loaded on a pool's overview, before opening another tab. */
export const poolPagesLoaded = [
  'index.html',
  'src/app/App.tsx',
  'src/app/shell/AppShell.tsx',
  'src/features/pools/pages/PoolsListPage.tsx',
  'src/features/pools/pages/PoolOverviewPage.tsx',
];

export type TabWeight =
  | {
      tab: string;
      module: string;
      built: true;
      scripts: number;
      rawBytes: number;
      gzipBytes: number;
    }
  | { tab: string; module: string; built: false };

/** The JS each tab adds (raw and gzip -9) beyond the pool pages, read from the build in `dist`. */
export async function tabWeights(
  dist: string,
  tabs: ReadonlyArray<{ tab: string; module: string }> = poolTabModules,
  loaded: readonly string[] = poolPagesLoaded,
): Promise<TabWeight[]> {
  const manifest = JSON.parse(
    await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as ViteManifest;
  return Promise.all(
    tabs.map(async ({ tab, module }): Promise<TabWeight> => {
      const files = addedScripts(manifest, module, loaded);
      if (files === null) return { tab, module, built: false };
      let rawBytes = 0;
      let gzipBytes = 0;
      for (const file of files) {
        const body = await readFile(join(dist, file));
        rawBytes += body.length;
        gzipBytes += gzipSync(body, { level: 9 }).length;
      }
      return { tab, module, built: true, scripts: files.length, rawBytes, gzipBytes };
    }),
  );
}
