import { useMutation } from '@tanstack/react-query';
import type { SelfUser } from '@/api/user-self/get-user';
import { useState, type FormEvent } from 'react';
import { setUserMfaPreference } from '@/api/user-self/set-user-mfa-preference';
import { setUserSettings } from '@/api/user-self/set-user-settings';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import type { TestRun } from '../flow/test-run';

interface MfaPreferencesFormProps {
  run: TestRun;
  accessToken: string;
  user: SelfUser;
  onChanged: () => void;
}

type Preferred = 'none' | 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * SetUserMFAPreference for the factors the user can use (SMS needs a phone_number), starting from
 * what GetUser says; and SetUserSettings, the legacy per-attribute SMS option (MFAOptions).
 */
export function MfaPreferencesForm({ run, accessToken, user, onChanged }: MfaPreferencesFormProps) {
  const enabled = user.UserMFASettingList ?? [];
  const hasPhone = user.UserAttributes?.some((a) => a.Name === 'phone_number') ?? false;
  const [totp, setTotp] = useState(enabled.includes('SOFTWARE_TOKEN_MFA'));
  const [sms, setSms] = useState(enabled.includes('SMS_MFA'));
  const [preferred, setPreferred] = useState<Preferred>(
    (user.PreferredMfaSetting as Preferred | undefined) ?? 'none',
  );
  const legacySms = (user.MFAOptions ?? []).some((o) => o.DeliveryMedium === 'SMS');
  const save = useMutation({
    mutationFn: () =>
      setUserMfaPreference(run.client.ctx, {
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: {
          Enabled: totp,
          PreferredMfa: totp && preferred === 'SOFTWARE_TOKEN_MFA',
        },
        ...(hasPhone && {
          SMSMfaSettings: { Enabled: sms, PreferredMfa: sms && preferred === 'SMS_MFA' },
        }),
      }),
    onSuccess: onChanged,
  });
  const legacy = useMutation({
    mutationFn: (on: boolean) =>
      setUserSettings(run.client.ctx, {
        AccessToken: accessToken,
        MFAOptions: on ? [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] : [],
      }),
    onSuccess: onChanged,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const choices: { value: Preferred; label: string; usable: boolean }[] = [
    { value: 'none', label: 'No preference', usable: true },
    { value: 'SOFTWARE_TOKEN_MFA', label: 'Authenticator app', usable: totp },
    { value: 'SMS_MFA', label: 'SMS', usable: hasPhone && sms },
  ];
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="MFA preferences">
      <h3 className="text-sm font-semibold text-slate-900">MFA preferences</h3>
      <p className="text-sm text-slate-700">
        Now: {enabled.length > 0 ? enabled.join(', ') : 'no MFA factor on'}; preferred{' '}
        {user.PreferredMfaSetting ?? 'none'}.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={totp} onChange={(e) => setTotp(e.target.checked)} />
        Authenticator app MFA on
      </label>
      {hasPhone && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={sms} onChange={(e) => setSms(e.target.checked)} />
          SMS MFA on
        </label>
      )}
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">Preferred MFA</legend>
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2">
            <input
              type="radio"
              name="preferred-mfa"
              value={choice.value}
              checked={preferred === choice.value}
              disabled={!choice.usable}
              onChange={() => setPreferred(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {save.error && <Alert>{errorText(save.error)}</Alert>}
      <Button type="submit" variant="secondary" pending={save.isPending}>
        Save MFA preferences
      </Button>
      {hasPhone && (
        <div className="space-y-2 border-t border-slate-200 pt-3 text-sm">
          <p className="text-slate-700">
            Legacy setting (SetUserSettings): SMS MFA to phone_number is {legacySms ? 'on' : 'off'}.
          </p>
          {legacy.error && <Alert>{errorText(legacy.error)}</Alert>}
          <Button
            variant="ghost"
            pending={legacy.isPending}
            onClick={() => legacy.mutate(!legacySms)}
          >
            {legacySms ? 'Turn legacy SMS MFA off' : 'Turn legacy SMS MFA on'}
          </Button>
        </div>
      )}
    </form>
  );
}
