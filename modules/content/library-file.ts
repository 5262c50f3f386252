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

/** Why the build must stop: the generated file is behind the records. Null when it is not. */
export async function staleLibrary(content: Content, root = '.'): Promise<string | null> {
  const [expected, actual] = await Promise.all([
    expectedLibraryFile(content, root),
    readFile(join(root, LIBRARY_FILE), 'utf8').catch(() => ''),
  ]);
  return expected === actual
    ? null
    : `${LIBRARY_FILE} is behind content/nudges/: run \`npm run content:build\` and commit both.`;
}

/** Writes utils/library/nudges.ts from the content; true when it changed. */
export async function writeLibraryFile(content: Content, root = '.'): Promise<boolean> {
  if ((await staleLibrary(content, root)) === null) return false;
  await writeFile(join(root, LIBRARY_FILE), await expectedLibraryFile(content, root), 'utf8');
  return true;
}
