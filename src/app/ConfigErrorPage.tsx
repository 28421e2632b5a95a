export function ConfigErrorPage({ problems }: { problems: string[] }) {
  return (
    <main className="mx-auto max-w-2xl p-8">
      <div role="alert" className="rounded-lg border border-red-300 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-red-800">The console configuration is broken</h1>
        <p className="mt-2 text-sm text-slate-700">
          The console reads <code className="rounded bg-slate-100 px-1">/config.json</code> at
          start-up. Fix the following and reload the page:
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6 text-sm text-slate-900">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-slate-600">
          Expected keys: region, userPoolId, clientId, identityPoolId, optional regions (list) and
          optional endpoints.cognitoIdp / endpoints.cognitoIdentity (omit them for real AWS).
        </p>
      </div>
    </main>
  );
}
