import { useState } from 'react';
import { Button } from '@/components/Button';
import { FileField } from '@/components/form-fields';
import { logoProblem } from '@/lib/ui-customization/logo';
import { logoDataUrl } from '@/lib/ui-customization/logo-data-url';
import type { LogoDraft } from '../draft';

export const logoInputId = 'branding-logo';

/**
 * The draft's logo: a PNG or JPEG of at most 100 KB, checked from its bytes when chosen (a refused
 * file leaves the logo as it was), shown at the size the hosted page gives it.
 */
export function LogoField({
  logo,
  shownUrl,
  unreadable,
  onChange,
  readOnly,
}: {
  logo: LogoDraft;
  /** The logo as a data URL, when there is one to show. */
  shownUrl: string | undefined;
  /** Why the saved logo could not be read back, if it could not. */
  unreadable: string | undefined;
  onChange: (logo: LogoDraft) => void;
  readOnly: boolean;
}) {
  const [refused, setRefused] = useState<string | null>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = logoProblem(bytes);
    const dataUrl = problem ? null : logoDataUrl(bytes);
    if (problem || !dataUrl) {
      setRefused(`${file.name}: ${problem ?? 'The logo must be a PNG or JPEG image.'}`);
      return;
    }
    setRefused(null);
    onChange({ kind: 'new', bytes, dataUrl, fileName: file.name });
  };
  return (
    <div className="space-y-2">
      {!readOnly && (
        <FileField
          id={logoInputId}
          label="Logo file"
          accept="image/png,image/jpeg"
          hint="PNG or JPEG, at most 100 KB. The hosted page centres it above the form, at most 350 × 178 pixels."
          error={refused && <span role="alert">{refused}</span>}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      )}
      {unreadable && logo.kind === 'saved' && (
        <p className="text-sm text-amber-800">
          The saved logo could not be read back ({unreadable}). Saving sends the logo with the CSS:
          choose the logo file again, or remove it, before saving.
        </p>
      )}
      {logo.kind === 'none' ? (
        <p className="text-sm text-slate-600">No logo.</p>
      ) : (
        shownUrl && (
          <figure className="space-y-1">
            <div className="flex w-[350px] max-w-full justify-center bg-slate-200 py-2">
              <img
                src={shownUrl}
                alt={logo.kind === 'new' ? `Logo: ${logo.fileName}` : 'Saved logo'}
                className="max-h-[178px] max-w-full"
              />
            </div>
            <figcaption className="text-xs text-slate-600">
              {logo.kind === 'new'
                ? `${logo.fileName} (${logo.bytes.length} bytes, not saved yet)`
                : 'Saved logo'}
            </figcaption>
          </figure>
        )
      )}
      {!readOnly && logo.kind !== 'none' && (
        <Button variant="secondary" onClick={() => onChange({ kind: 'none' })}>
          Remove logo
        </Button>
      )}
    </div>
  );
}
