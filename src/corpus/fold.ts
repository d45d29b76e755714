/**
 * Folding for matching only: quotes are always cut from the original text.
 * Case, diacritics (José / Jose), curly vs straight apostrophes and quotes, and the dash family are folded;
 * string length may change, so folded text is never used for offsets.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u0060\u00b4\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, ' ');
}
