import { libraryFile, shippedLibrary } from '@/modules/content/compact';
import { readContent } from '@/modules/content/read-content';
import { categories } from '@/utils/library/nudge';

// The library as the build ships it (library.json), made from content/nudges/ the same way.
const content = readContent(categories);

/** library.json's text, as modules/content writes it into the build. */
export const libraryJson = JSON.stringify(libraryFile(content));

/** Every live nudge, decoded from the shipped codes as loadLibrary decodes them. */
export const library = shippedLibrary(content);
