import { useMemo, useState } from 'react';
import type { AppClient } from '@/api/clients/describe-user-pool-client';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { outboxEndpoint } from '@/api/user-self/emulator-outbox';
import { useInvalidateTestUsersGroup } from '@/api/user-self/test-users-group';
import { useInvalidatePoolUsers } from '@/api/user-self/user-self-views';
import { regionOfPool } from '@/api/pool-scope';
import { allowedSignInMethods } from '@/lib/try-sign-in/client-flows';
import { signUpFields } from '@/lib/try-sign-in/sign-up-fields';
import { useCanCall } from '@/session/session-hooks';
import type { TestSession } from '../flow/session';
import {
  confirmNewDevice,
  type FlowStep,
  type RememberedDevice,
  type UserChallenge,
} from '../flow/sign-in-flow';
import type { TestRun } from '../flow/test-run';
import { useTrace } from '../flow/use-trace';
import { trySignInPermissions } from '../routes';
import { BeforeYouStart } from './BeforeYouStart';
import { ChallengeSection } from './ChallengeSection';
import { ConfirmSignUpSection } from './ConfirmSignUpSection';
import { ForgotPasswordSection } from './ForgotPasswordSection';
import { SessionSection } from './SessionSection';
import { SignInSection } from './SignInSection';
import { SignUpSection, type SignedUp } from './SignUpSection';
import { TraceSection } from './TraceSection';
import { Alert } from '@/components/Alert';

interface TrySignInProps {
  poolId: string;
  client: AppClient;
  pool: UserPool;
}

export function TrySignIn({ poolId, client, pool }: TrySignInProps) {
  const clientId = client.ClientId ?? '';
  const onAws = outboxEndpoint() === undefined;
  const canAdminSignIn = useCanCall(trySignInPermissions.adminSignIn);
  const canGroup = useCanCall(trySignInPermissions.groupTestUsers);
  const trace = useTrace();
  const usersChanged = useInvalidatePoolUsers(poolId);
  const groupChanged = useInvalidateTestUsersGroup(poolId);
  const [acknowledged, setAcknowledged] = useState(false);
  const [groupTestUsers, setGroupTestUsers] = useState(canGroup);
  const [clientSecret, setClientSecret] = useState('');
  const [signedUp, setSignedUp] = useState<SignedUp>();
  const [lastUsername, setLastUsername] = useState('');
  const [challenge, setChallenge] = useState<UserChallenge>();
  const [session, setSession] = useState<TestSession>();
  const [deviceAwaitsChoice, setDeviceAwaitsChoice] = useState(false);
  const [deviceError, setDeviceError] = useState<string>();
  // Device secrets of this page, by username: memory only, gone with the page.
  const [devices, setDevices] = useState<ReadonlyMap<string, RememberedDevice>>(new Map());

  const run: TestRun = useMemo(
    () => ({
      client: {
        ctx: { poolId, clientId, trace: trace.recorder },
        clientSecret: clientSecret || undefined,
      },
      poolId,
      poolName: pool.Name ?? poolId,
      hidesUserExistence: client.PreventUserExistenceErrors === 'ENABLED',
      usersChanged,
    }),
    [
      poolId,
      clientId,
      trace.recorder,
      clientSecret,
      pool.Name,
      client.PreventUserExistenceErrors,
      usersChanged,
    ],
  );
  const fields = useMemo(() => signUpFields(pool), [pool]);
  const methods = allowedSignInMethods(client.ExplicitAuthFlows).filter(
    (m) => m !== 'admin' || canAdminSignIn,
  );
  const ready = !onAws || acknowledged;
  const hasSecret = Boolean(client.ClientSecret);

  const dropDevice = (username: string) =>
    setDevices((current) => {
      const next = new Map(current);
      next.delete(username);
      return next;
    });

  const onStep = (step: FlowStep) => {
    if (step.kind === 'challenge') {
      setChallenge(step.challenge);
      return;
    }
    setChallenge(undefined);
    const next: TestSession = {
      username: step.username,
      method: step.method,
      tokens: step.step.tokens,
      signedOutEverywhere: false,
    };
    setSession(next);
    setLastUsername(step.username);
    setDeviceAwaitsChoice(false);
    setDeviceError(undefined);
    const newDevice = step.step.newDevice;
    if (newDevice && step.step.tokens.accessToken) {
      confirmNewDevice(run.client, step.step.tokens.accessToken, newDevice).then(
        ({ device, userConfirmationNecessary }) => {
          setDevices((current) => new Map(current).set(step.username, device));
          setDeviceAwaitsChoice(userConfirmationNecessary);
        },
        (error: unknown) => setDeviceError(error instanceof Error ? error.message : String(error)),
      );
    }
  };

  return (
    <div className="space-y-4">
      <BeforeYouStart
        onAws={onAws}
        acknowledged={acknowledged}
        onAcknowledge={setAcknowledged}
        groupTestUsers={groupTestUsers}
        onGroupTestUsers={setGroupTestUsers}
        hasSecret={hasSecret}
        clientSecret={clientSecret}
        onClientSecret={setClientSecret}
      />
      {ready && (
        <>
          <SignUpSection
            run={run}
            fields={fields}
            groupTestUsers={groupTestUsers && canGroup}
            onSignedUp={(result) => {
              setLastUsername(result.username);
              setSignedUp(result.confirmed ? undefined : result);
            }}
            onGroupChanged={(username) => void groupChanged(username)}
          />
          {signedUp && (
            <ConfirmSignUpSection
              key={signedUp.username}
              run={run}
              signedUp={signedUp}
              onConfirmed={() => setSignedUp(undefined)}
            />
          )}
          <SignInSection
            key={`sign-in-${lastUsername}`}
            run={run}
            methods={methods}
            initialUsername={lastUsername}
            deviceFor={(username) => devices.get(username)}
            onStep={onStep}
          />
          {challenge && (
            <ChallengeSection
              key={`${challenge.name}-${challenge.session ?? ''}`}
              run={run}
              challenge={challenge}
              device={devices.get(challenge.username)}
              onStep={onStep}
            />
          )}
          {deviceError && <Alert>Could not confirm the device: {deviceError}</Alert>}
          {session && (
            <SessionSection
              run={run}
              session={session}
              device={devices.get(session.username)}
              deviceAwaitsChoice={deviceAwaitsChoice}
              onSessionChange={setSession}
              onDeviceRemembered={() => setDeviceAwaitsChoice(false)}
              onDeviceForgotten={() => {
                setDeviceAwaitsChoice(false);
                dropDevice(session.username);
              }}
              onEnded={(reason) => {
                if (reason === 'deleted') dropDevice(session.username);
                setSession(undefined);
              }}
            />
          )}
          <ForgotPasswordSection
            key={`forgot-${lastUsername}`}
            run={run}
            initialUsername={lastUsername}
          />
        </>
      )}
      <TraceSection
        entries={trace.entries}
        target={{ region: regionOfPool(poolId), endpoint: outboxEndpoint() }}
        onClear={trace.clear}
      />
    </div>
  );
}
