import type { TraceEntry } from './trace';

export interface CliTarget {
  region: string;
  /** The emulator's (or any non-AWS) endpoint; absent on AWS. */
  endpoint?: string;
}

/** InitiateAuth -> initiate-auth, SetUserMFAPreference -> set-user-mfa-preference. */
export function cliCommandName(operation: string): string {
  return operation
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** Single-quotes a word for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const SRP_FLOWS = new Set(['USER_SRP_AUTH', 'DEVICE_SRP_AUTH']);
const SRP_CHALLENGES = new Set([
  'PASSWORD_VERIFIER',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
]);

function needsSrp(request: Record<string, unknown>): boolean {
  return (
    SRP_FLOWS.has(String(request.AuthFlow)) || SRP_CHALLENGES.has(String(request.ChallengeName))
  );
}

/**
 * The trace as an `aws cognito-idp` sequence a reader can run: one command per call, in order,
 * with the request as it was sent except for its secrets, which stay placeholders to fill in.
 */
export function toAwsCli(entries: readonly TraceEntry[], target: CliTarget): string {
  const where = [`--region ${target.region}`];
  if (target.endpoint) where.push(`--endpoint-url ${target.endpoint}`);
  const lines = [
    '#!/bin/sh',
    '# Replace each <placeholder> (passwords, codes, SECRET_HASH, tokens, sessions) before running.',
    '# <session> is the Session of the answer before it.',
  ];
  entries.forEach((entry, index) => {
    const request = (entry.request ?? {}) as Record<string, unknown>;
    lines.push('');
    lines.push(`# ${index + 1}. ${entry.operation}`);
    if (needsSrp(request)) {
      lines.push(
        '# SRP: the AWS CLI cannot compute SRP_A or the password claim; to reproduce from a shell, use USER_PASSWORD_AUTH where the client allows it.',
      );
    }
    if (entry.signed) lines.push('# Signed with your AWS credentials (an administrator call).');
    const flags = [...where, ...(entry.signed ? [] : ['--no-sign-request'])];
    lines.push(
      `aws cognito-idp ${cliCommandName(entry.operation)} ${flags.join(' ')} --cli-input-json ${shellQuote(JSON.stringify(request))}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
