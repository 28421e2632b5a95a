import type { CsvSink } from '@/lib/csv/export-run';

/** The File System Access API's save picker (Chromium); absent from TypeScript's DOM types. */
interface SavePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName?: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ name: string; createWritable(): Promise<WritableStreamLike> }>;
}

interface WritableStreamLike {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}

/** Whether the browser can write the file to disk as the rows arrive. */
export const canChooseFile = () =>
  typeof (window as SavePickerWindow).showSaveFilePicker === 'function';

/**
 * Asks where to save, then writes each chunk straight to that file: nothing accumulates in the
 * page. Call it from the click that starts the export (the picker needs a user gesture).
 * Resolves to undefined when the user closes the picker.
 */
export async function chooseFileSink(
  suggestedName: string,
): Promise<{ sink: CsvSink; fileName: string } | undefined> {
  const picker = (window as SavePickerWindow).showSaveFilePicker;
  if (!picker) throw new Error('This browser cannot write files as it goes.');
  let handle;
  try {
    handle = await picker({
      suggestedName,
      types: [{ description: 'CSV file', accept: { 'text/csv': ['.csv'] } }],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
  const writable = await handle.createWritable();
  return {
    fileName: handle.name,
    sink: { write: (text) => writable.write(text), close: () => writable.close() },
  };
}

/** Text is turned into a Blob part every this many characters. */
const PART_CHARACTERS = 1 << 20;

/**
 * Collects the file as Blob parts and downloads it once closed. Blob contents live in the
 * browser's blob storage (which Chromium moves to disk when large), not in the page's JS heap,
 * so memory stays flat however many rows there are; only the current part is a string.
 */
export function downloadSink(fileName: () => string): CsvSink {
  const parts: Blob[] = [];
  let pending = '';
  const flush = () => {
    if (pending === '') return;
    parts.push(new Blob([pending], { type: 'text/csv' }));
    pending = '';
  };
  return {
    write: async (text) => {
      pending += text;
      if (pending.length >= PART_CHARACTERS) flush();
    },
    close: async () => {
      flush();
      const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
      parts.length = 0;
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName();
      link.click();
      // The download has its own reference by now; the URL only holds the blob alive.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
