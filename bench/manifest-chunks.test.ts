import { describe, expect, it } from 'vitest';
import { addedScripts, staticClosure, type ViteManifest } from './manifest-chunks.ts';

/** index -> App (lazy) -> Overview and Settings (lazy), sharing chunks. */
const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/App.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  'src/App.tsx': {
    file: 'assets/App.js',
    isDynamicEntry: true,
    imports: ['_react.js', '_query.js'],
    dynamicImports: ['src/Overview.tsx', 'src/Settings.tsx'],
  },
  '_query.js': { file: 'assets/query.js', imports: ['_react.js'] },
  '_zod.js': { file: 'assets/zod.js' },
  '_forms.js': { file: 'assets/forms.js', imports: ['_zod.js', '_query.js'] },
  '_styles.css': { file: 'assets/styles.css' },
  'src/Overview.tsx': {
    file: 'assets/Overview.js',
    isDynamicEntry: true,
    imports: ['_query.js', '_table.js'],
  },
  '_table.js': { file: 'assets/table.js' },
  'src/Settings.tsx': {
    file: 'assets/Settings.js',
    isDynamicEntry: true,
    imports: ['_forms.js', '_table.js', '_styles.css'],
    dynamicImports: ['src/Heavy.tsx'],
  },
  'src/Heavy.tsx': { file: 'assets/Heavy.js', isDynamicEntry: true },
};

describe('staticClosure', () => {
  it('follows static imports transitively, not lazy ones, and skips unknown keys', () => {
    expect([...staticClosure(manifest, ['index.html', 'missing'])].sort()).toEqual([
      '_react.js',
      'index.html',
    ]);
  });
});

describe('addedScripts', () => {
  const loaded = ['index.html', 'src/App.tsx', 'src/Overview.tsx'];

  it('counts the chunks a tab adds beyond the pages already loaded', () => {
    expect(addedScripts(manifest, 'src/Settings.tsx', loaded)).toEqual([
      'assets/Settings.js',
      'assets/forms.js',
      'assets/zod.js',
    ]);
  });

  it('counts shared chunks when nothing has loaded them yet', () => {
    expect(addedScripts(manifest, 'src/Settings.tsx', ['index.html'])).toEqual([
      'assets/Settings.js',
      'assets/forms.js',
      'assets/query.js',
      'assets/table.js',
      'assets/zod.js',
    ]);
  });

  it('reports a module the build does not have as null', () => {
    expect(addedScripts(manifest, 'src/Branding.tsx', loaded)).toBeNull();
  });
});
