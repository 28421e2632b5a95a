import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getUserAttributeVerificationCode } from '@/api/user-self/get-user-attribute-verification-code';
import { updateUserAttributes } from '@/api/user-self/update-user-attributes';
import { verifyUserAttribute } from '@/api/user-self/verify-user-attribute';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import { codesSince, type TestRun } from '../flow/test-run';
import { CodeDelivery, type Delivery } from './CodeDelivery';

interface AttributeFormProps {
  run: TestRun;
  username: string;
  accessToken: string;
}

/**
 * UpdateUserAttributes as the user; a new email or phone needs its code (VerifyUserAttribute),
 * and a code can be asked for again (GetUserAttributeVerificationCode).
 */
export function AttributeForm({ run, username, accessToken }: AttributeFormProps) {
  const [name, setName] = useState('email');
  const [value, setValue] = useState('');
  const [code, setCode] = useState('');
  const [pending, setPending] = useState<{ name: string; delivery?: Delivery; since: number }>();
  const ctx = run.client.ctx;
  const update = useMutation({
    mutationFn: async () => {
      const since = codesSince();
      const output = await updateUserAttributes(ctx, {
        AccessToken: accessToken,
        UserAttributes: [{ Name: name.trim(), Value: value }],
      });
      await run.usersChanged();
      const delivery = output.CodeDeliveryDetailsList?.[0];
      return delivery ? { name: name.trim(), delivery, since } : undefined;
    },
    onSuccess: setPending,
  });
  const resend = useMutation({
    mutationFn: async () => {
      const since = codesSince();
      const output = await getUserAttributeVerificationCode(ctx, {
        AccessToken: accessToken,
        AttributeName: name.trim(),
      });
      return { name: name.trim(), delivery: output.CodeDeliveryDetails, since };
    },
    onSuccess: setPending,
  });
  const verify = useMutation({
    mutationFn: async (attribute: string) => {
      await verifyUserAttribute(ctx, {
        AccessToken: accessToken,
        AttributeName: attribute,
        Code: code.trim(),
      });
      await run.usersChanged();
    },
    onSuccess: () => {
      setPending(undefined);
      setCode('');
    },
  });
  const error = toFlowError(update.error ?? resend.error, run.hidesUserExistence);
  const verifyError = toFlowError(verify.error, run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!update.isPending) update.mutate();
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (pending && !verify.isPending) verify.mutate(pending.name);
  };
  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="space-y-3" noValidate aria-label="Update an attribute">
        <h3 className="text-sm font-semibold text-slate-900">Update and verify an attribute</h3>
        <TextField
          id="attribute-name"
          label="Attribute"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          id="attribute-value"
          label="New value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        {error && <Alert>{error.message}</Alert>}
        {update.isSuccess && !pending && (
          <p role="status" className="text-sm text-green-800">
            Attribute saved.
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" pending={update.isPending}>
            Update attribute
          </Button>
          <Button variant="ghost" pending={resend.isPending} onClick={() => resend.mutate()}>
            Send a verification code
          </Button>
        </div>
      </form>
      {pending && (
        <form
          onSubmit={submitCode}
          className="space-y-3"
          noValidate
          aria-label="Verify the attribute"
        >
          <CodeDelivery
            key={pending.since}
            poolId={run.poolId}
            delivery={pending.delivery}
            recipients={[username, value]}
            since={pending.since}
            onUse={setCode}
          />
          <TextField
            id="attribute-code"
            label={`Verification code for ${pending.name}`}
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={messageAt(verifyError, 'code')}
          />
          {formMessage(verifyError, ['code']) && (
            <Alert>{formMessage(verifyError, ['code'])}</Alert>
          )}
          <Button type="submit" pending={verify.isPending}>
            Verify {pending.name}
          </Button>
        </form>
      )}
      {verify.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Verified.
        </p>
      )}
    </div>
  );
}
