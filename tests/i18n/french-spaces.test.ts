import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/modules/content/read-content';
import { categories } from '@/utils/library/nudge';

// French puts a narrow no-break space (U+202F) before ? ! : ; » and after «
// (docs/translating.md): a plain one lets the mark wrap alone onto the next line at 360 px,
// and a copied message carries the break into the chat.
const PLAIN_SPACE = / [?!:;»]|« /;

describe('French typography', () => {
  it('the library’s texts and messages', () => {
    const bad = readContent(categories)
      .records.filter((record) => !record.retired)
      .flatMap((record) => [record.text.fr, record.message?.fr])
      .filter((words): words is string => words !== undefined && PLAIN_SPACE.test(words));
    expect(bad).toEqual([]);
  });

  it('the interface’s words', async () => {
    const bad = (await parseMessagesFile('locales/fr.yml'))
      .flatMap((message) =>
        message.type === 'plural' ? Object.values(message.plurals) : [message.message],
      )
      .filter((words) => PLAIN_SPACE.test(words));
    expect(bad).toEqual([]);
  });

  it('would catch a plain space', () => {
    expect('Ça va ?').toMatch(PLAIN_SPACE);
    expect('Ça va\u202f?').not.toMatch(PLAIN_SPACE);
  });
});
