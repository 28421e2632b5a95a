/** The refresh token is a credential: the viewer names it and its length, never its content. */
export function RefreshTokenSummary({ token }: { token: string }) {
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">Refresh token:</span>{' '}
      <span className="font-mono text-xs">{token.slice(0, 6)}…</span> ({token.length} characters,
      encrypted by Cognito and hidden here; it stays in this page&apos;s memory only)
    </p>
  );
}
