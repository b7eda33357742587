/**
 * Words that tell a penalty from talk about one. Each list is matched as
 * whole words in the clause before a penalty phrase.
 */
/** A prosecutor's demand, not a ruling: "the prosecutor asked for seven years". */
export const DEMAND_CUES = ['asked for', 'asked the court', 'requested', 'seek', 'to seek', 'demanded', 'sought', 'seeks', 'seeking', 'is seeking', 'called for', 'proposed', 'wants', 'wanted', 'demanding', 'requesting', 'asking for', 'pressed for', 'recommended', 'request', 'requests', 'request for', 'demand for'];
export const DEMAND_ACTORS = ['prosecutor', 'prosecutors', 'prosecution', 'state prosecutor', 'public prosecutor', 'the state', 'investigator', 'investigators', 'police report', 'plaintiff', 'the plaintiffs'];
/** Statutory maximums and hypotheticals: "faces up to seven years", "could be fined". */
export const HYPOTHETICAL_CUES = [
  'faces', 'face', 'facing', 'faced', 'could', 'may', 'might', 'would', 'risks', 'risk', 'risking', 'punishable', 'carries', 'carry',
  'provides for', 'provide for', 'up to', 'maximum', 'minimum', 'if convicted', 'if found guilty', 'potential', 'threatened with',
  'threatens', 'envisages', 'stipulates', 'penalty of up to', 'possible', 'liable', 'will be', 'can be', 'can receive', 'shall', 'punishes', 'punish', 'sanction', 'sanctions', 'envisaged', 'prescribes', 'alternative of', 'in default',
];
/** Remand and pre-trial measures, not sentences. */
export const REMAND_CUES = [
  'pre-trial', 'pretrial', 'remand', 'remanded', 'pending trial', 'pending investigation', 'pending the investigation', 'pending an investigation',
  'measure of restraint', 'preventive measure', 'preventive detention', 'investigative detention', 'detention centre pending', 'SIZO',
  'extended his detention', 'extended her detention', 'extended their detention', 'extended the detention', 'extended his arrest', 'extended her arrest',
  'extended the arrest', 'while the investigation', 'until the trial', 'until trial', 'custody pending', 'in custody until', 'while investigators', 'while the police', 'while police', 'during the investigation', 'as a preventive', 'as a measure of restraint',
];
/** Sport: bans and "sentences" by sports bodies are not state penalties. */
export const SPORT_CUES = [
  'doping', 'anti-doping', 'FIFA', 'UEFA', 'IOC', 'WADA', 'athlete', 'athletes', 'footballer', 'striker', 'midfielder', 'goalkeeper',
  'league', 'tournament', 'tournaments', 'Olympic', 'Olympics', 'Grand Slam', 'referee', 'footballers', 'matches',
  'players', 'UFC', 'sports', 'sporting', 'tennis', 'disciplinary committee',
  'wrestler', 'wrestling', 'medallist', 'medalist', 'boxer', 'swimmer', 'cyclist', 'sprinter', 'gymnast', 'weightlifter',
];
/** Past time served, not a ruling: "after spending three years in prison". */
export const SERVED_CUES = ['spent', 'spending', 'served', 'after serving', 'having served', 'released after'];
