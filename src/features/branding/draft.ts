import type { UICustomization } from '@/api/ui-customization/get-ui-customization';

/** The logo of a draft: the scope's saved one, none, or a file the user chose. */
export type LogoDraft =
  | { kind: 'saved' }
  | { kind: 'none' }
  | { kind: 'new'; bytes: Uint8Array; dataUrl: string; fileName: string };

export interface BrandingDraft {
  css: string;
  logo: LogoDraft;
}

/** What the editor starts from: the scope's saved settings. */
export function draftOf(saved: UICustomization): BrandingDraft {
  return { css: saved.CSS ?? '', logo: saved.ImageUrl ? { kind: 'saved' } : { kind: 'none' } };
}

export function isDirty(draft: BrandingDraft, saved: UICustomization): boolean {
  const base = draftOf(saved);
  return draft.css !== base.css || draft.logo.kind !== base.logo.kind || draft.logo.kind === 'new';
}
