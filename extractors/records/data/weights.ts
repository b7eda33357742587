/**
 * Confidence weights for a record (sum clamped to 0..1). A record told in one
 * sentence with a court, date, article and penalty is the most trustworthy;
 * a person carried over from another clause ("he", "Noyan R. to 13 days") less so.
 */
export const CONFIDENCE = {
  /** nothing but a person tied to a proceeding (rules never earn full certainty: the maximum is 0.95) */
  base: 0.25,
  /** at least one penalty handed down against the person */
  penalty: 0.25,
  /** a named court */
  court: 0.15,
  /** a ruling date */
  date: 0.1,
  /** at least one article charged */
  charge: 0.1,
  /** court, date, article and penalty all in one sentence */
  oneSentence: 0.1,
  /** subtracted when a penalty's person or kind was inferred from a neighbouring clause */
  inferredPenalty: -0.15,
} as const;

/** Words that put a person into a proceeding even when no penalty is told: "Moldin was charged under Article 131". */
export const PROCEEDING_CUES = [
  'charged', 'on trial', 'trial of', 'trial against', 'hearing against', 'case against', 'proceedings against', 'criminal case',
  'convicted', 'acquitted', 'found not guilty', 'indicted', 'prosecuted', 'accused of', 'went on trial', 'stood trial', 'found guilty',
  'cleared of', 'charges against', 'lawsuit against',
];
