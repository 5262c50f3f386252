import type { ResolvedPublicFile } from 'wxt';
import { describe, expect, it } from 'vitest';
import {
  addNudgeMessages,
  languagesOf,
  nudgeMessages,
  withNudgeMessages,
} from '@/modules/content/messages';
import type { NudgeRecord } from '@/modules/content/records';

const hug: NudgeRecord = {
  id: 'touch-01',
  category: 'touch',
  effort: 'seconds',
  time: 'any',
  tone: 'gentle',
  partnerPresent: true,
  text: { en: 'Hug {partner}.', es: 'Abraza a {partner}.' },
};
const note: NudgeRecord = {
  ...hug,
  id: 'kind-act-02',
  category: 'kind-act',
  text: { en: 'Leave {partner} a note:' },
  message: { en: 'You are wonderful.' },
};
const gone: NudgeRecord = { ...hug, id: 'touch-02', text: { en: 'Old words.' }, retired: true };

describe('nudgeMessages', () => {
  it('names each text and message as withText reads them, for live nudges only', () => {
    expect(nudgeMessages([hug, note, gone], 'en')).toEqual({
      nudge_touch_01_text: { message: 'Hug {partner}.' },
      nudge_kind_act_02_text: { message: 'Leave {partner} a note:' },
      nudge_kind_act_02_message: { message: 'You are wonderful.' },
    });
  });

  it('leaves out what is not translated yet: the browser falls back to English', () => {
    expect(nudgeMessages([hug, note], 'es')).toEqual({
      nudge_touch_01_text: { message: 'Abraza a {partner}.' },
    });
  });

  it('knows the languages the records speak, English first', () => {
    expect(languagesOf([note, hug])).toEqual(['en', 'es']);
  });
});

describe('withNudgeMessages', () => {
  const json = JSON.stringify({ popup_done: { message: 'Done' } }, null, 2);

  it('puts the nudges first, laid out as @wxt-dev/i18n writes messages.json', () => {
    const nudges = nudgeMessages([hug], 'en');
    expect(withNudgeMessages(json, nudges)).toBe(
      JSON.stringify({ ...nudges, popup_done: { message: 'Done' } }, null, 2),
    );
  });

  it('refuses a name that both the locale file and the records have', () => {
    const both = JSON.stringify({ nudge_touch_01_text: { message: 'Hi' } });
    expect(() => withNudgeMessages(both, nudgeMessages([hug], 'en'))).toThrow(
      'locales/ and content/nudges/ both have nudge_touch_01_text',
    );
  });
});

describe('addNudgeMessages', () => {
  const assets = (): ResolvedPublicFile[] => [
    { relativeDest: 'icon/16.png', absoluteSrc: '/x/icon/16.png' },
    { relativeDest: '_locales/en/messages.json', contents: '{}' },
    { relativeDest: '_locales/es/messages.json', contents: '{}' },
  ];
  const contents = (files: ResolvedPublicFile[], lang: string): unknown => {
    const file = files.find((f) => f.relativeDest === `_locales/${lang}/messages.json`);
    return file && 'contents' in file ? JSON.parse(file.contents) : null;
  };

  it('adds each language’s words to its messages.json, and touches nothing else', () => {
    const files = assets();
    addNudgeMessages(files, [hug, note]);
    expect(Object.keys(contents(files, 'en') as object)).toHaveLength(3);
    expect(contents(files, 'es')).toEqual({
      nudge_touch_01_text: { message: 'Abraza a {partner}.' },
    });
    expect(files[0]).toEqual(assets()[0]);
  });

  it('fails for words in a language the build has no messages.json for', () => {
    const french = { ...hug, text: { en: 'Hug.', fr: 'Câlin.' } };
    expect(() => addNudgeMessages(assets(), [french])).toThrow(
      'the build makes no _locales/fr/messages.json: add locales/fr.yml',
    );
  });
});
