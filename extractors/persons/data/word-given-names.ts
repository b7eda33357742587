/**
 * Given names that are also ordinary English words, common in Anglophone Africa and the Caribbean:
 * "Faith Wanjiku Kamau", "Precious Moyo". They open a name only before another name word.
 */
export const WORD_GIVEN_NAMES: readonly string[] = [
  'Faith', 'Hope', 'Charity', 'Mercy', 'Patience', 'Prudence', 'Blessing', 'Precious', 'Gift', 'Memory',
  'Loveness', 'Joy', 'Grace', 'Glory', 'Comfort', 'Peace', 'Promise', 'Prosper', 'Innocent', 'Godknows',
  'Lovemore', 'Happiness', 'Beauty', 'Honour', 'Trust', 'Wisdom', 'Goodluck', 'Talent', 'Justice', 'Learnmore',
];
