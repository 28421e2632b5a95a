import { describe, expect, it } from 'vitest';
import {
  messageTemplateProblem,
  messageTemplateProblems,
  renderMessagePreview,
} from './message-templates';

describe('message template checks', () => {
  it('verification messages need {####}', () => {
    expect(messageTemplateProblem('VerificationMessageTemplate.SmsMessage', 'Your code')).toBe(
      'Verification SMS must contain {####} (where the code goes).',
    );
    expect(
      messageTemplateProblem('VerificationMessageTemplate.SmsMessage', 'Code {####}'),
    ).toBeNull();
    expect(messageTemplateProblem('EmailVerificationMessage', 'Your code is here')).toMatch(
      /must contain \{####\}/,
    );
    expect(messageTemplateProblem('SmsAuthenticationMessage', 'Sign in')).toMatch(
      /^MFA SMS must contain \{####\}/,
    );
  });

  it('invitations need {username} and {####}', () => {
    const field = 'AdminCreateUserConfig.InviteMessageTemplate.EmailMessage';
    expect(messageTemplateProblem(field, 'Welcome aboard!')).toBe(
      'Invitation email must contain {username} (where the user name goes) and {####} (where the code goes).',
    );
    expect(messageTemplateProblem(field, 'Welcome {username}!')).toMatch(/must contain \{####\}/);
    expect(messageTemplateProblem(field, 'Welcome {username}, password {####}')).toBeNull();
  });

  it('verification by link needs {##…##}', () => {
    const field = 'VerificationMessageTemplate.EmailMessageByLink';
    expect(messageTemplateProblem(field, 'Code {####} here')).toMatch(
      /must contain a link written \{##Click here##\}/,
    );
    expect(messageTemplateProblem(field, 'Please {##Verify Email##}')).toBeNull();
  });

  it('lengths come from the model', () => {
    expect(
      messageTemplateProblem('VerificationMessageTemplate.SmsMessage', '{####}' + 'x'.repeat(135)),
    ).toBe('Verification SMS is 141 characters; AWS accepts at most 140.');
    expect(messageTemplateProblem('VerificationMessageTemplate.SmsMessage', '{###}')).toBe(
      'Verification SMS must be at least 6 characters.',
    );
    expect(messageTemplateProblem('VerificationMessageTemplate.EmailSubject', '')).toBe(
      'Verification email subject cannot be empty.',
    );
    expect(
      messageTemplateProblem(
        'VerificationMessageTemplate.EmailMessage',
        '{####}' + 'x'.repeat(19994),
      ),
    ).toBeNull();
  });

  it('email text refuses control characters', () => {
    expect(
      messageTemplateProblem('VerificationMessageTemplate.EmailMessage', 'Code\u0007 {####}'),
    ).toMatch(/characters AWS does not accept/);
  });

  it('reports every field of a request at its path', () => {
    expect(
      messageTemplateProblems({
        VerificationMessageTemplate: { SmsMessage: 'no code here', EmailSubject: 'Fine' },
        AdminCreateUserConfig: { InviteMessageTemplate: { SMSMessage: 'Hi {username}' } },
      }).map((p) => p.field),
    ).toEqual([
      'VerificationMessageTemplate.SmsMessage',
      'AdminCreateUserConfig.InviteMessageTemplate.SMSMessage',
    ]);
    expect(messageTemplateProblems({})).toEqual([]);
  });
});

describe('renderMessagePreview', () => {
  it('puts sample values in place of the placeholders', () => {
    expect(renderMessagePreview('Hi {username}, your code is {####}. {####} again.')).toBe(
      'Hi jane.doe, your code is 123456. 123456 again.',
    );
    expect(renderMessagePreview('Go: {##Verify my email##}', { username: 'u', code: '1' })).toBe(
      'Go: Verify my email',
    );
  });
});
