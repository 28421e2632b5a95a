import { useEffect, useRef, useState } from 'react';
import type { ImportFileReport } from '@/lib/user-import/import-file-check';
import type { ImportRules } from '@/lib/user-import/import-rules';
import { checkImportFile, type ReadProgress } from '@/lib/user-import/read-import-file';

export type FileCheckState =
  | { status: 'none' }
  | { status: 'checking'; file: File; progress?: ReadProgress }
  | { status: 'checked'; file: File; report: ImportFileReport }
  | { status: 'unreadable'; file: File; message: string };

/**
 * Checks the chosen file in the browser, streamed, so a large file keeps the tab responsive.
 * Choosing another file (or none) cancels the check under way.
 */
export function useImportFileCheck(rules: ImportRules | undefined) {
  const [state, setState] = useState<FileCheckState>({ status: 'none' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const choose = (file: File | undefined) => {
    running.current?.abort();
    running.current = null;
    if (!file || !rules) {
      setState({ status: 'none' });
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'checking', file });
    checkImportFile(file, rules, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) setState({ status: 'checking', file, progress });
      },
    }).then(
      (report) => {
        if (!controller.signal.aborted) setState({ status: 'checked', file, report });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'unreadable', file, message: `The file could not be read: ${message}` });
      },
    );
  };

  return { state, choose };
}
