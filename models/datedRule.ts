/**
 * A rule of law applied by the model, as a dated setting with its source: the
 * value, the date of the text applied, and the citation with whether its
 * article was checked against the text. Used by the bargaining documents'
 * procedural rules and by the innovation model's statutory minimums alike.
 */
export interface Citation {
  /** The law or rule and its article, as a document quotes it. */
  zh: string;
  en: string;
  /** The article's text was read (in a copy of the published text) and says what is applied. */
  verified: boolean;
}

export interface DatedRule<T> {
  value: T;
  /** The date of the text applied. */
  asOf: string;
  cite: Citation;
}
