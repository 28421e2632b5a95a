import type { SignInStep } from '@/aws/sign-in';
import type { MfaStep } from '@/aws/sign-in-mfa';
import { MfaCodeForm } from './MfaCodeForm';
import { MfaSetupForm } from './MfaSetupForm';
import { SelectMfaForm } from './SelectMfaForm';

interface MfaStepFormProps {
  step: MfaStep;
  onStep: (step: SignInStep) => void;
  onStartOver: () => void;
}

/** The form for the MFA challenge Cognito asked; loaded only when one is asked. */
export default function MfaStepForm({ step, onStep, onStartOver }: MfaStepFormProps) {
  // Keyed by the session: a new challenge (SELECT_MFA_TYPE, then the code) starts a fresh form.
  const props = { step, onStep, onStartOver };
  switch (step.name) {
    case 'MFA_SETUP':
      return <MfaSetupForm key={step.session} {...props} />;
    case 'SELECT_MFA_TYPE':
      return <SelectMfaForm key={step.session} {...props} />;
    case 'SOFTWARE_TOKEN_MFA':
    case 'SMS_MFA':
      return <MfaCodeForm key={step.session} {...props} />;
  }
}
