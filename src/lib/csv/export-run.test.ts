import { describe, expect, it } from 'vitest';
import { runCsvExport, type CsvSink } from './export-run';
import { exportPace, formatDuration } from './export-rate';

class MemorySink implements CsvSink {
  text = '';
  closed = false;
  async write(text: string) {
    this.text += text;
  }
  async close() {
    this.closed = true;
  }
}

const escape = { dialect: 'rfc4180', formulaGuard: true } as const;
const toRow = (u: { name: string }) => [u.name];

async function* pagesOf(pages: { name: string }[][], controller?: AbortController, stopAt = -1) {
  for (const [i, page] of pages.entries()) {
    if (i === stopAt) {
      controller?.abort();
      controller?.signal.throwIfAborted();
    }
    yield page;
  }
}

describe('runCsvExport', () => {
  it('writes the header and every row, and closes the file', async () => {
    const sink = new MemorySink();
    const progress: number[] = [];
    const result = await runCsvExport({
      pages: pagesOf([[{ name: 'a' }, { name: '=b' }], [], [{ name: 'c,d' }]]),
      header: ['name'],
      toRow,
      escape,
      sink,
      signal: new AbortController().signal,
      onProgress: (c) => progress.push(c.users),
    });
    expect(sink.text).toBe(`name\r\na\r\n'=b\r\n"c,d"\r\n`);
    expect(sink.closed).toBe(true);
    expect(result).toEqual({ outcome: 'complete', counts: { users: 3, pages: 3, guarded: 1 } });
    expect(progress).toEqual([2, 2, 3]);
  });

  it('after a cancel, closes a file with the header and complete rows only', async () => {
    const sink = new MemorySink();
    const controller = new AbortController();
    const result = await runCsvExport({
      pages: pagesOf([[{ name: 'a' }], [{ name: 'b' }], [{ name: 'c' }]], controller, 2),
      header: ['name'],
      toRow,
      escape,
      sink,
      signal: controller.signal,
    });
    expect(result.outcome).toBe('cancelled');
    expect(sink.text).toBe('name\r\na\r\nb\r\n');
    expect(sink.closed).toBe(true);
  });

  it('closes the file and rethrows when reading fails', async () => {
    const sink = new MemorySink();
    // eslint-disable-next-line require-yield
    async function* failing(): AsyncGenerator<{ name: string }[]> {
      throw new Error('AccessDenied');
    }
    await expect(
      runCsvExport({
        pages: failing(),
        header: ['name'],
        toRow,
        escape,
        sink,
        signal: new AbortController().signal,
      }),
    ).rejects.toThrow('AccessDenied');
    expect(sink.closed).toBe(true);
    expect(sink.text).toBe('name\r\n');
  });
});

describe('exportPace', () => {
  it('gives time left only with a known total', () => {
    expect(exportPace(1500, 1000, undefined)).toEqual({ usersPerSecond: 1500 });
    expect(exportPace(1500, 1000, 4500)).toEqual({ usersPerSecond: 1500, secondsLeft: 2 });
    expect(exportPace(0, 0, 4500)).toEqual({ usersPerSecond: 0 });
    expect(exportPace(5000, 1000, 4500).secondsLeft).toBe(0);
  });

  it('formats durations', () => {
    expect(formatDuration(44.6)).toBe('45 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(7500)).toBe('2 h 5 min');
  });
});
