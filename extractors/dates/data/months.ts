/** English month names and abbreviations → month number (1..12). Capitalised forms only: "may" is a verb. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  January: 1, Jan: 1,
  February: 2, Feb: 2,
  March: 3, Mar: 3,
  April: 4, Apr: 4,
  May: 5,
  June: 6, Jun: 6,
  July: 7, Jul: 7,
  August: 8, Aug: 8,
  September: 9, Sept: 9, Sep: 9,
  October: 10, Oct: 10,
  November: 11, Nov: 11,
  December: 12, Dec: 12,
};

/** Words that, just before a bare "Month" with no year, mark it as a time expression ("in September"). */
export const MONTH_ONLY_CUES = ['in', 'In', 'since', 'Since', 'during', 'During', 'until', 'Until', 'by', 'early', 'Early', 'mid-', 'Mid-', 'late', 'Late', 'end of', 'beginning of', 'start of', 'middle of', 'throughout'];
