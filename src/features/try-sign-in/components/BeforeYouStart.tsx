import { PasswordField } from '@/components/PasswordField';
import { Alert } from '@/components/Alert';
import { Section } from '@/components/Section';
import { TEST_USERS_GROUP } from '@/api/user-self/test-users-group';

interface BeforeYouStartProps {
  onAws: boolean;
  acknowledged: boolean;
  onAcknowledge: (value: boolean) => void;
  groupTestUsers: boolean;
  onGroupTestUsers: (value: boolean) => void;
  hasSecret: boolean;
  clientSecret: string;
  onClientSecret: (value: string) => void;
}

/** The warning on real AWS, the cleanup group, and the client secret (typed, never kept). */
export function BeforeYouStart({
  onAws,
  acknowledged,
  onAcknowledge,
  groupTestUsers,
  onGroupTestUsers,
  hasSecret,
  clientSecret,
  onClientSecret,
}: BeforeYouStartProps) {
  return (
    <Section title="Before you start">
      <div className="space-y-3 text-sm text-slate-800">
        {onAws ? (
          <Alert tone="warning" title="This is real AWS">
            Signing up creates real users in this pool, and Cognito sends real emails and text
            messages (which cost money and count against your sending quotas). Use addresses you
            own.
          </Alert>
        ) : (
          <p>
            The console talks to the emulator: codes Cognito would send show here, from its outbox.
          </p>
        )}
        {onAws && (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={acknowledged}
              onChange={(e) => onAcknowledge(e.target.checked)}
            />
            I understand: this creates real users and sends real messages
          </label>
        )}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={groupTestUsers}
            onChange={(e) => onGroupTestUsers(e.target.checked)}
          />
          Put the users I sign up in the {TEST_USERS_GROUP} group (created if missing), to find and
          delete them later
        </label>
        {hasSecret && (
          <PasswordField
            id="client-secret"
            label="Client secret"
            autoComplete="current-password"
            hint="This client has a secret: type it to compute SECRET_HASH in this page. It is not stored and never sent."
            value={clientSecret}
            onChange={(e) => onClientSecret(e.target.value)}
          />
        )}
      </div>
    </Section>
  );
}
