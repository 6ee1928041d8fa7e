// Inputs: files as given, folders walked (sorted, hidden entries skipped), `-`
// for stdin; then each read and checked: readable, UTF-8 text, not empty.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** An input to read: a path, or `-` for standard input; `error` when walking its folder failed. */
export interface InputRef {
  path: string;
  error?: string;
}

/** A document read from an input, or why it could not be. */
export type ReadOutcome = { path: string; text: string; error?: undefined } | { path: string; error: string };

/** The path that stands for standard input. */
export const STDIN = '-';

/**
 * Expand the command line's inputs into documents in a stable order: each
 * folder walked depth-first with its entries sorted, keeping files whose
 * extension is listed. A path that does not exist stays in the list, to be
 * reported when it is read.
 */
export async function expandInputs(inputs: readonly string[], extensions: readonly string[]): Promise<InputRef[]> {
  const out: InputRef[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      out.push({ path: STDIN });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch {
      // reported when read
    }
    if (isFolder) await walk(input, extensions, out);
    else out.push({ path: input });
  }
  return out;
}

async function walk(folder: string, extensions: readonly string[], out: InputRef[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ path: folder, error: reason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      await walk(path, extensions, out);
      continue;
    }
    // symbolic links to folders are not followed (no cycles); links to files are read like files
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isDirectory()) continue;
    } else if (!entry.isFile()) {
      continue;
    }
    if (extensions.includes(extname(entry.name).slice(1).toLowerCase())) out.push({ path });
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
};

/** A short reason for a file system error. */
export function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && REASONS[code]) ?? (error as Error).message ?? String(error);
}

// a byte-order mark is kept: offsets then index the text as readFile(path, 'utf8') gives it
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes to text, or why they are not a document: not UTF-8, binary (NUL bytes), empty. */
export function decode(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'empty file' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { error: `not text: binary data (a NUL byte at byte ${nul})` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (error) {
    // the decoder rejects bad bytes with a TypeError; anything else is the engine's string limit
    if (!(error instanceof TypeError)) return { error: `too large to read as one text (${bytes.length} bytes)` };
    const at = firstInvalid(bytes);
    return { error: `not UTF-8 text${at < bytes.length ? ` (invalid byte sequence at byte ${at})` : ''}` };
  }
  if (text.trim() === '') return { error: 'empty file (only white space)' };
  return { text };
}

/** Where the first invalid UTF-8 sequence starts (for the message). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** Read one input. */
export async function readInput(ref: InputRef, stdin: NodeJS.ReadableStream): Promise<ReadOutcome> {
  if (ref.error) return { path: ref.path, error: ref.error };
  let bytes: Uint8Array;
  try {
    bytes = ref.path === STDIN ? await readAll(stdin) : await readFile(ref.path);
  } catch (error) {
    return { path: ref.path, error: reason(error) };
  }
  const decoded = decode(bytes);
  return 'text' in decoded ? { path: ref.path, text: decoded.text } : { path: ref.path, error: decoded.error };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
