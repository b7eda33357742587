/**
 * Names of codes and instruments, by the CodeKind they stand for. Matched
 * case-insensitively after "of the" (or before "Article N"); longest wins, so
 * "Code of Criminal Procedure" is tried before "Code".
 */
import type { CodeKind } from '../../../src/contract';

export const CODE_NAMES: Readonly<Record<Exclude<CodeKind, 'unknown'>, readonly string[]>> = {
  criminal: ['Criminal Code', 'Penal Code', 'Criminal Code of the Russian Federation', 'CC', 'UK RF', 'Criminal Law',
    // common-law countries codify offences in a Crimes Act (New Zealand, Australian states); India's code is the IPC
    'Crimes Act', 'IPC'],
  administrative: [
    'Code of Administrative Offences', 'Code of Administrative Offenses', 'Code on Administrative Offences',
    'Code on Administrative Offenses', 'Code of Administrative Violations', 'Code on Administrative Violations',
    'Administrative Offences Code', 'Administrative Offenses Code', 'Administrative Code', 'Code of Administrative Procedure',
    'Administrative Violations Code', 'Code of Administrative Infractions', 'Code of Administrative Offence', 'CAO', 'KoAP',
    'Code of Administrative Responsibility', 'Code on Administrative Responsibility', 'Code of Offences', 'Code of Offenses', 'Code on Offences',
    'Code of Misdemeanours', 'Code of Misdemeanors', 'Misdemeanour Code', 'Misdemeanor Code',
    'Minor Offences Code', 'Minor Offenses Code', 'Code of Minor Offences', 'Code of Minor Offenses', 'Minor Offences Act',
    'Regulatory Offences Act', 'Regulatory Offenses Act', 'Petty Offences Act', 'Petty Offenses Act',
  ],
  civil: ['Civil Code'],
  constitution: ['Constitution', 'Basic Law'],
  other: [
    'European Convention on Human Rights', 'European Convention', 'Convention for the Protection of Human Rights and Fundamental Freedoms',
    'International Covenant on Civil and Political Rights', 'Covenant', 'ICCPR', 'ECHR', 'Universal Declaration of Human Rights',
    'UDHR', 'Convention', 'Charter', 'Treaty', 'Labour Code', 'Labor Code', 'Tax Code', 'Family Code', 'Land Code', 'Electoral Code',
    // procedure and sentence-execution codes say how cases are run, not what is an offence (ANNOTATION.md: other)
    'Criminal Procedure Code', 'Code of Criminal Procedure', 'Criminal Procedural Code', 'Code of Criminal Proceedings', 'CCP', 'CPC',
    'Civil Procedure Code', 'Code of Civil Procedure', 'Civil Procedural Code',
    'Code of Execution of Sentences', 'Code of Execution of Criminal Sentences', 'Code on the Execution of Sentences',
    'Criminal Executive Code', 'Penal Enforcement Code', 'Penitentiary Code', 'Code of Enforcement of Sentences',
    'Rules of Court', 'Rules of the Court', 'Ordinance', 'Protocol', 'Protocol No.',
    'Code on Marriage and Family', 'disciplinary code', 'Disciplinary Code', 'Anti-Terror Law', 'Law', 'Act', 'Regulation', 'Decree', 'Directive', 'Statute', 'Rome Statute',
  ],
};

/** Words that may sit between "of the" and a code name: "of the Kazakh Criminal Code", "of Kazakhstan's Criminal Code". */
export const CODE_QUALIFIER = "(?:[A-Z][\\w-]*(?:'s|’s)?\\s+|(?:1[89]|20)\\d\\d\\s+|new\\s+|current\\s+|amended\\s+|country's\\s+|same\\s+){0,3}?";
