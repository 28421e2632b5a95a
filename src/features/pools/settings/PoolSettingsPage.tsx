import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { useCanCall } from '@/session/session-hooks';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { useUserPoolMfaConfig } from '@/api/pools/get-user-pool-mfa-config';
import { poolPermissions } from '../routes';
import { CustomAttributes } from './components/CustomAttributes';
import { MessagesSettings } from './components/MessagesSettings';
import { MfaSettings } from './components/MfaSettings';
import { ProtectionSettings } from './components/ProtectionSettings';
import { SignInSettings } from './components/SignInSettings';
import { SignUpSettings } from './components/SignUpSettings';
import { TriggersSettings } from './components/TriggersSettings';
import { toMessagesValues } from './forms/messages';
import { toMfaValues } from './forms/mfa';
import { toProtectionValues } from './forms/protection';
import { toSignInValues } from './forms/sign-in';
import { toSignUpValues } from './forms/sign-up';
import { toTriggersValues } from './forms/triggers';
import { settingsSections } from './sections';

/** A group's form remounts with new defaults only when its own saved values changed. */
const keyOf = (values: unknown) => JSON.stringify(values);

export function PoolSettingsPage() {
  const { poolId = '' } = useParams();
  const { hash } = useLocation();
  const canEdit = useCanCall(poolPermissions.editSettings);
  const pool = useDescribeUserPool(poolId);
  const mfa = useUserPoolMfaConfig(poolId);
  const loaded = pool.isSuccess && mfa.isSuccess;

  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
    target?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [loaded, hash]);

  if (pool.isError || mfa.isError) {
    return (
      <ErrorState
        title={`Could not load the settings of ${poolId}`}
        error={pool.error ?? mfa.error}
        onRetry={() => {
          if (pool.isError) void pool.refetch();
          if (mfa.isError) void mfa.refetch();
        }}
        retrying={pool.isFetching || mfa.isFetching}
      />
    );
  }
  if (!pool.isSuccess || !mfa.isSuccess) {
    return <LoadingState label="Loading pool settings…" rows={10} />;
  }

  const described = pool.data;
  const readOnly = !canEdit;
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Settings</h1>
      {readOnly && (
        <p className="text-sm text-slate-600">
          You can view these settings; an administrator can change them.
        </p>
      )}
      <nav aria-label="Settings groups">
        <ul className="flex flex-wrap gap-3 text-sm">
          {settingsSections.map((section) => (
            <li key={section.id}>
              <a className="text-blue-800 underline" href={`#${section.id}`}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SignInSettings key={keyOf(toSignInValues(described))} pool={described} readOnly={readOnly} />
      <MfaSettings
        key={keyOf(toMfaValues(described, mfa.data))}
        pool={described}
        config={mfa.data}
        readOnly={readOnly}
      />
      <SignUpSettings key={keyOf(toSignUpValues(described))} pool={described} readOnly={readOnly} />
      <CustomAttributes pool={described} readOnly={readOnly} />
      <MessagesSettings
        key={keyOf(toMessagesValues(described))}
        pool={described}
        readOnly={readOnly}
      />
      <TriggersSettings
        key={keyOf(toTriggersValues(described))}
        pool={described}
        readOnly={readOnly}
      />
      <ProtectionSettings
        key={keyOf(toProtectionValues(described))}
        pool={described}
        readOnly={readOnly}
      />
    </div>
  );
}
