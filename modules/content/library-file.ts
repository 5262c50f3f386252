import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { libraryModule } from './compact';
import type { Content } from './records';

/** The compact library the worker imports, generated from content/nudges/. */
export const LIBRARY_FILE = 'utils/library/nudges.ts';

/** What utils/library/nudges.ts should read for this content, formatted as `npm run check` wants. */
export async function expectedLibraryFile(content: Content, root = '.'): Promise<string> {
  const filepath = join(root, LIBRARY_FILE);
  const options = (await resolveConfig(filepath)) ?? {};
  return format(libraryModule(content), { ...options, filepath });
}

/** Writes utils/library/nudges.ts from the content; true when it changed. */
export async function writeLibraryFile(content: Content, root = '.'): Promise<boolean> {
  const file = join(root, LIBRARY_FILE);
  const [expected, actual] = await Promise.all([
    expectedLibraryFile(content, root),
    readFile(file, 'utf8').catch(() => ''),
  ]);
  if (expected === actual) return false;
  await writeFile(file, expected, 'utf8');
  return true;
}
