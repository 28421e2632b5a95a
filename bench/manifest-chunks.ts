/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`), keyed by source path or chunk name. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

/** The manifest keys a module loads when it is imported: itself and its static imports, transitively. */
export function staticClosure(manifest: ViteManifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = keys.filter((key) => key in manifest);
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) {
      if (!seen.has(imported)) pending.push(imported);
    }
  }
  return seen;
}

/**
 * The JS files a lazily loaded module fetches beyond what the `loaded` modules already fetched
 * (shared chunks are counted once, with whoever loaded them first). `null` when the module is not
 * in the build.
 */
export function addedScripts(
  manifest: ViteManifest,
  module: string,
  loaded: readonly string[],
): string[] | null {
  if (!(module in manifest)) return null;
  const already = staticClosure(manifest, loaded);
  return [...staticClosure(manifest, [module])]
    .filter((key) => !already.has(key))
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .sort();
}
