import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFigure {
  page: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

/** The chunk keys a page loads: the given chunks and everything they import statically. */
function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  roots.forEach(visit);
  return seen;
}

function figure(dist: string, manifest: Manifest, page: string, keys: Set<string>): BundleFigure {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const key of keys) {
    const bytes = readFileSync(join(dist, manifest[key]!.file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { page, files: keys.size, rawBytes, gzipBytes };
}

/**
 * JS the browser loads for the sign-in page (the entry and its static imports) and for the pools
 * page (that plus the lazily loaded chunks of the signed-in app and the pools feature).
 */
export function bundleFigures(dist: string): BundleFigure[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const signIn = staticClosure(manifest, [entry]);
  const lazyForPools = Object.keys(manifest).filter(
    (k) =>
      manifest[k]!.file.endsWith('.js') &&
      !signIn.has(k) &&
      /src\/(app\/|features\/pools\/)/.test(manifest[k]!.src ?? k) &&
      !/\b(new|create)/i.test(k),
  );
  const pools = staticClosure(manifest, [entry, ...lazyForPools]);
  return [
    figure(dist, manifest, 'sign-in page', signIn),
    figure(dist, manifest, 'pools page', pools),
  ];
}
