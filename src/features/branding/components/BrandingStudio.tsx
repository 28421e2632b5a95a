import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { domainRoute } from '@/features/domains/routes';
import { ALL_CLIENTS, type UICustomization } from '@/api/ui-customization/get-ui-customization';
import { useSavedLogo } from '@/api/ui-customization/saved-logo';
import { useSetUICustomization } from '@/api/ui-customization/set-ui-customization';
import type { HostedPageSource } from '@/lib/hosted-ui/page-options';
import { problemsByControl } from '@/lib/ui-customization/control-problems';
import { requestSizeProblem } from '@/lib/ui-customization/logo';
import { logoDataUrl } from '@/lib/ui-customization/logo-data-url';
import { validateCss } from '@/lib/ui-customization/validate-css';
import { isDirty, type BrandingDraft } from '../draft';
import { CssTextEditor, cssEditorId } from './CssTextEditor';
import { HostedPreview } from './HostedPreview';
import { LogoField } from './LogoField';
import { PropertyControls } from './PropertyControls';

export interface BrandingStudioProps {
  poolId: string;
  /** `ALL` or an app client's id. */
  scope: string;
  scopeName: string;
  saved: UICustomization;
  draft: BrandingDraft;
  onDraftChange: (draft: BrandingDraft | undefined) => void;
  source: Omit<HostedPageSource, 'customization'>;
  /** False when the pool has no domain: SetUICustomization would fail. */
  hasDomain: boolean;
  readOnly: boolean;
}

function downloadCss(css: string, scope: string) {
  const url = URL.createObjectURL(new Blob([css], { type: 'text/css' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = scope === ALL_CLIENTS ? 'hosted-ui-pool-default.css' : `hosted-ui-${scope}.css`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The editor of one scope's branding: controls and CSS text over one draft, the logo, the live
 * preview beside the saved version, and the actions. Nothing is sent while anything is invalid.
 */
export function BrandingStudio({
  poolId,
  scope,
  scopeName,
  saved,
  draft,
  onDraftChange,
  source,
  hasDomain,
  readOnly,
}: BrandingStudioProps) {
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const savedLogo = useSavedLogo(poolId, saved.ImageUrl);
  const save = useSetUICustomization(poolId, {
    onSuccess: () => {
      onDraftChange(undefined);
      toastStore.show(`Branding of ${scopeName} saved.`, 'success');
    },
  });

  const validation = useMemo(() => validateCss(draft.css), [draft.css]);
  const controlProblems = useMemo(() => problemsByControl(validation), [validation]);
  const savedLogoUrl = useMemo(
    () => (savedLogo.data ? (logoDataUrl(savedLogo.data) ?? undefined) : undefined),
    [savedLogo.data],
  );
  const draftLogoUrl =
    draft.logo.kind === 'new'
      ? draft.logo.dataUrl
      : draft.logo.kind === 'saved'
        ? savedLogoUrl
        : undefined;
  const draftLook = useMemo(
    () => ({ css: draft.css, logoUrl: draftLogoUrl }),
    [draft.css, draftLogoUrl],
  );
  const savedLook = useMemo(
    () => ({ css: saved.CSS ?? '', logoUrl: savedLogoUrl }),
    [saved.CSS, savedLogoUrl],
  );

  const image =
    draft.logo.kind === 'new'
      ? draft.logo.bytes
      : draft.logo.kind === 'saved'
        ? savedLogo.data
        : undefined;
  const logoUnreadable =
    draft.logo.kind === 'saved' && savedLogo.isError ? getErrorMessage(savedLogo.error) : undefined;
  const sizeProblem = requestSizeProblem({
    UserPoolId: poolId,
    ClientId: scope === ALL_CLIENTS ? undefined : scope,
    CSS: draft.css,
    imageBytes: image?.length,
  });
  const problems = [
    ...validation.errors.map((e) => `CSS line ${e.line}, column ${e.column}: ${e.message}`),
    ...(sizeProblem ? [sizeProblem] : []),
    ...(logoUnreadable
      ? ['The saved logo could not be read back: choose it again or remove it.']
      : []),
    ...(draft.logo.kind === 'saved' && savedLogo.isPending && saved.ImageUrl
      ? ['The saved logo is still loading.']
      : []),
  ];
  const dirty = isDirty(draft, saved);
  const edit = (next: Partial<BrandingDraft>) => {
    setBlocked(false);
    save.reset();
    onDraftChange({ ...draft, ...next });
  };

  const submit = () => {
    if (problems.length > 0) {
      setBlocked(true);
      document.getElementById(validation.errors.length ? cssEditorId : 'branding-logo')?.focus();
      return;
    }
    save.mutate({ clientId: scope, css: draft.css, image });
  };

  return (
    <div className="space-y-4">
      {!hasDomain && (
        <Alert tone="warning" title="This pool has no domain">
          The hosted UI needs a domain, and Cognito refuses branding without one, so saving is off.{' '}
          <Link className="font-medium underline" to={domainRoute.to({ poolId })}>
            Create a domain in the Domain tab
          </Link>
          .
        </Alert>
      )}
      <div className="grid gap-4 xl:grid-cols-2">
        <Section title="Styles">
          <p className="mb-3 text-sm text-slate-600">
            The controls and the CSS text edit the same draft: a change in one shows in the other.
          </p>
          <PropertyControls
            css={draft.css}
            onChange={(css) => edit({ css })}
            problems={controlProblems}
            readOnly={readOnly}
          />
        </Section>
        <div className="space-y-4">
          <Section title="CSS">
            <CssTextEditor
              css={draft.css}
              onChange={(css) => edit({ css })}
              problems={validation.errors}
              readOnly={readOnly}
            />
          </Section>
          <Section title="Logo">
            <LogoField
              logo={draft.logo}
              shownUrl={draftLogoUrl}
              unreadable={logoUnreadable}
              onChange={(logo) => edit({ logo })}
              readOnly={readOnly}
            />
          </Section>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {!readOnly && (
          <>
            <Button onClick={submit} pending={save.isPending} disabled={!hasDomain}>
              Save branding
            </Button>
            <Button variant="secondary" disabled={!dirty} onClick={() => setConfirmDiscard(true)}>
              Discard changes
            </Button>
          </>
        )}
        <Button variant="secondary" onClick={() => downloadCss(draft.css, scope)}>
          Download CSS
        </Button>
        <span className="text-xs text-slate-600">
          {saved.CSSVersion ? `Saved version ${saved.CSSVersion}` : 'Nothing saved for this scope'}
          {dirty ? ' · unsaved changes' : ''}
        </span>
      </div>
      {blocked && problems.length > 0 && (
        <Alert title="Nothing was saved: fix these first">
          <ul className="list-disc pl-5">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {save.isError && <Alert>{getErrorMessage(save.error)}</Alert>}
      <Section title="Preview">
        <HostedPreview source={source} draft={draftLook} saved={savedLook} />
      </Section>
      <ConfirmDialog
        open={confirmDiscard}
        onOpenChange={setConfirmDiscard}
        title={`Discard the changes to ${scopeName}?`}
        confirmLabel="Discard changes"
        onConfirm={() => {
          setConfirmDiscard(false);
          setBlocked(false);
          onDraftChange(undefined);
        }}
      >
        <p>The CSS and logo go back to the saved version. What you typed is lost.</p>
      </ConfirmDialog>
    </div>
  );
}
