/**
 * Word lists for court names. GENERIC_MODIFIERS alone do not make a name
 * ("the District Court" is generic, "Saryagash District Court" is named),
 * LEADING_NON_NAME words open sentences or dates and are trimmed from the
 * front ("On Monday Supreme Court ..." -> "Supreme Court").
 */
export const COURT_HEADS: readonly string[] = ['Court', 'Tribunal'];

export const GENERIC_MODIFIERS: readonly string[] = [
  'District', 'City', 'Regional', 'Region', 'Oblast', 'Provincial', 'Municipal', 'Town', 'County', 'Local',
  'Administrative', 'Criminal', 'Civil', 'Military', 'Garrison', 'Appellate', 'Intermediate', 'Basic', 'Primary', 'Heavy', 'Penal', 'Assize', 'Economic',
  'Commercial', 'Arbitration', 'Juvenile', 'Family', 'Magistrates', 'Magistrate\'s', 'Magistrates\'', 'Lower',
  'Trial', 'First', 'Instance', 'Interdistrict', 'Inter-District', 'Inter-district', 'Specialised', 'Specialized',
  'Special', 'State', 'People\'s', 'Peoples', 'Misdemeanour', 'Misdemeanor', 'Penal', 'Labour',
  'Labor', 'National', 'Central', 'Higher',
];

/** Top courts that are names on their own: "Supreme Court", "Constitutional Court". */
export const SELF_NAMING_MODIFIERS: readonly string[] = [
  'Appeal', 'Appeals',
  'Supreme', 'Constitutional', 'Cassation', 'High', 'International', 'European', 'Inter-American', 'African',
  'Eurasian', 'Permanent',
  // "the Federal Court" is a country's top court (Switzerland, Australia, Canada)
  'Federal',
  // the revolutionary courts of Iran (and Iraq before 2003) are one named institution each
  'Revolutionary',
];

export const LEADING_NON_NAME: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'On', 'In', 'At', 'By', 'For', 'From',
  'To', 'Of', 'With', 'After', 'Before', 'During', 'Since', 'Until', 'When', 'While', 'If', 'As', 'And', 'But',
  'Or', 'Then', 'Later', 'Meanwhile', 'However', 'Both', 'Yesterday', 'Today', 'Earlier', 'Also', 'Last', 'Next',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Judge', 'Judges',
  'Where', 'Which', 'Who', 'Whose', 'Under', 'Against', 'Via', 'Per', 'Following', 'Despite', 'Two', 'Three',
  'Several', 'Many', 'Some', 'Each', 'Every', 'All', 'Another', 'Other', 'Such',
  // "Retired Supreme Court Justice X", "Former High Court judge"
  'Retired', 'Former', 'Late',
  // "a Deputy High Court judge": the judge's office, not the court's
  'Deputy',
];

/** Nationality words, which are no seat of a court: "the Kazakh court in Almaty" (before a top court they stay part of
 * its name, as our gold on real text writes it: "British High Court"). */
export const DEMONYMS: readonly string[] = [
  'Kazakh', 'Kazakhstani', 'Kyrgyz', 'Uzbek', 'Tajik', 'Turkmen', 'Azerbaijani', 'Azeri', 'Armenian', 'Georgian',
  'Russian', 'Belarusian', 'Ukrainian', 'Moldovan', 'Turkish', 'Iranian', 'Chinese', 'Vietnamese', 'Egyptian',
  'Mongolian', 'Afghan', 'Pakistani', 'Indian', 'Cambodian', 'Polish', 'Lithuanian', 'Latvian', 'Estonian',
  'German', 'French', 'British', 'American', 'Zimbabwean', 'Ugandan', 'Kenyan', 'Nigerian', 'Thai', 'Burmese',
  'Bangladeshi', 'Saudi', 'Emirati', 'Bahraini', 'Israeli', 'Syrian', 'Iraqi', 'Algerian', 'Moroccan', 'Tunisian',
];

/** Words that end a court name's "of ..." tail: "Baku Court of Appeal Judge Mammadov" -> "Baku Court of Appeal". */
export const TAIL_STOP: readonly string[] = [
  'Judge', 'Judges', 'Chairman', 'Chairwoman', 'Chair', 'Chairperson', 'President', 'Prosecutor', 'Spokesman',
  'Spokesperson', 'Spokeswoman', 'Secretary', 'Deputy', 'Head', 'Mr', 'Ms', 'Mrs', 'Dr', 'Registrar', 'Clerk',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/**
 * Courts judgments and reports name in their own language, with no English word the main pattern knows
 * ("the Consiglio di Stato", "the Paris tribunal de grande instance"). A seat may stand before the first-instance kinds.
 */
export const NATIVE_COURT_NAMES: readonly string[] = [
  'Consiglio di Stato', 'Corte di Cassazione', 'Corte Suprema di Cassazione', 'Corte costituzionale', 'Corte Costituzionale',
  "Conseil d'État", "Conseil d'Etat", 'Conseil d’État', 'Conseil d’Etat', 'Cour de cassation', 'Conseil constitutionnel',
  'Bundesverfassungsgericht', 'Bundesgerichtshof', 'Bundesverwaltungsgericht', 'Bundesfinanzhof', 'Bundessozialgericht',
  'Verfassungsgerichtshof', 'Verwaltungsgerichtshof', 'Oberster Gerichtshof', 'Bundesgericht',
  'Hoge Raad', 'Raad van State', 'Högsta domstolen', 'Högsta förvaltningsdomstolen', 'Høyesterett', 'Højesteret', 'Korkein oikeus',
  'Tribunal Supremo', 'Tribunal Constitucional', 'Audiencia Nacional', 'Supremo Tribunal de Justiça',
  'Sąd Najwyższy', 'Trybunał Konstytucyjny', 'Naczelny Sąd Administracyjny', 'Nejvyšší soud', 'Ústavní soud', 'Najvyšší súd', 'Ústavný súd',
  'Curtea Constituțională', 'Înalta Curte de Casație și Justiție', 'Yargıtay', 'Danıştay', 'Anayasa Mahkemesi', 'Areios Pagos', 'Symvoulio tis Epikrateias',
  // and courts known by a name with no court word in it: the Philippine anti-graft court, London's criminal court
  'Sandiganbayan', 'Old Bailey',
];
/** First-instance kinds named in French, after their seat: "the Paris tribunal de grande instance". */
export const NATIVE_SEATED_KINDS: readonly string[] = ['tribunal de grande instance', 'tribunal administratif', "cour d'appel", 'tribunal correctionnel', 'tribunal de police'];
