/**
 * @module common/languages
 *
 * Language codes as the format writes them: ISO 639-1 where one exists
 * ("en", "ru", "uk"), ISO 639-3 otherwise, "und-<Script>" when only the
 * script is known. Metadata says "en-GB", "eng" or "English"; all become "en".
 */
const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it',
  nld: 'nl', pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', tur: 'tr', arb: 'ar', pes: 'fa', heb: 'he',
  hin: 'hi', urd: 'ur', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms',
  tha: 'th', ell: 'el', kaz: 'kk', uzn: 'uz', azj: 'az', kat: 'ka', hye: 'hy', amh: 'am', swh: 'sw',
};

const ENGLISH_NAMES: Record<string, string> = Object.fromEntries(
  Object.values(ISO_639_3_TO_1).flatMap((code) => {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name ? [[name.toLowerCase(), code]] : [];
  }),
);

/** The code for an ISO 639-3 code, as language detection answers. */
export function fromIso6393(code: string): string {
  return ISO_639_3_TO_1[code] ?? code;
}

/** A language as metadata gives it ("en-GB", "eng", "English") to the format's code, or null when it is not one. */
export function normalizeLanguage(value: string): string | null {
  const text = value.trim();
  const lower = text.toLowerCase();
  if (/^[a-z]{2}([-_][a-z0-9]+)*$/i.test(text)) return lower.slice(0, 2);
  if (/^[a-z]{3}$/i.test(text)) return fromIso6393(lower);
  return ENGLISH_NAMES[lower] ?? null;
}
