/** A penalty phrase: what was found, where, and where its object slot ends. */
import type { PenaltyType } from '../../src/contract';

export interface Phrase {
  type: PenaltyType;
  start: number;
  end: number;
  duration: string | null;
  amount: number | null;
  currency: string | null;
  /** the type came from the clause before ("Noyan Rakhimzhanov to 13 days") */
  carried: boolean;
  /** where the penalty's object slot ends: persons before it may be the ones penalised ("fined X 500 rubles") */
  anchor: number;
  /** a sentence told as a state, without its term ("is serving a prison sentence"): a restatement where a term is told */
  state?: boolean;
  /** the person stands inside the phrase ("X's execution", "executed X"): no one outside it gets the penalty */
  ownName?: boolean;
}
