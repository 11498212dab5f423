/**
 * LIKE/ILIKE patterns from what a person typed. `%` and `_` are wildcards and `\` is PostgreSQL's
 * default escape character, so all three are escaped: a search for "50%_off" finds that text and
 * nothing else, and a lone "%" cannot turn a search into "match everything".
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** `%text%`: the text anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text%`: the text at the start, which a B-tree index with text_pattern_ops (or C collation) can serve. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
