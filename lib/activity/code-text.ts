/** What a person reads next to a code in the Activity log. */
export type CodeText = {
  /** A few words, e.g. "Person not found". */
  title: string;
  /** What happened, in plain words. */
  explanation: string;
  /** What to do about it; "Nothing to do" is a valid answer. */
  fix: string;
  /** True when sending the same record again later may succeed without anyone changing anything. */
  transient: boolean;
};
