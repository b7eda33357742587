/**
 * Role and title words around personal names. TITLES stand right before a
 * name and are not part of it ("President Tokayev", "Judge Ivanova");
 * ROLES describe a person ("political activist X", "X, a blogger") and feed
 * the record's descriptor; ROLE_MODIFIERS may precede a role ("political", "independent").
 */
export const TITLES: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Messrs', 'Messrs.', 'Mmes', 'Dr', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Viscount', 'Viscountess', 'Countess',
  'President', 'Vice-President', 'Vice President', 'Prime Minister', 'Premier', 'Minister', 'Deputy Minister',
  'Foreign Minister', 'Interior Minister', 'Justice Minister', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess',
  'Sheikh', 'Emir', 'Sultan', 'Ayatollah', 'Imam', 'Pastor', 'Father', 'Bishop', 'Archbishop', 'Patriarch',
  'Judge', 'Judges', 'Justices', 'Regent', 'Magistrate', 'Justice', 'Chief Justice', 'Prosecutor', 'Prosecutor General', 'Attorney General', 'Ombudsman',
  'Ombudsperson', 'Senator', 'Deputy', 'MP', 'Governor', 'Mayor', 'Akim', 'Chairman', 'Chairwoman', 'Chairperson',
  'General', 'Colonel', 'Major', 'Captain', 'Lieutenant', 'Sergeant', 'Officer', 'Inspector', 'Investigator',
  'Commissioner', 'Ambassador', 'Secretary', 'Speaker', 'Director', 'Head', 'Editor', 'Editor-in-Chief',
  'Activist', 'Journalist', 'Blogger', 'Lawyer', 'Advocate', 'Defender', 'Rapporteur', 'Special Rapporteur',
  // ranks and offices, often abbreviated: "L/Cpl Mark Cooley", "Lt. Col. Kevin Chenail", "Commodore Frank Bainimarama"
  'Cpl', 'Corporal', 'Sgt', 'Pfc', 'Spc', 'PFC', 'Sergeant-Major', 'Pte', 'Pvt', 'Private', 'Guardsman', 'Guardsmen', 'Trooper', 'Gunner', 'Sapper', 'Rifleman', 'Fusilier', 'Bombardier', 'Gen', 'Gen.', 'Lt', 'Lt.', 'Col', 'Col.',
  'Capt', 'Capt.', 'Maj', 'Maj.', 'Cdr', 'Cmdr', 'Commander', 'Commodore', 'Adm', 'Adm.', 'Admiral', 'Brig', 'Brigadier',
  'Marshal', 'Counselor', 'Counsellor', 'Councillor', 'Councilor', 'Rev', 'Rev.', 'Reverend', 'Rabbi', 'Cardinal',
  'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman', 'Councilman', 'Councilwoman', 'Honourable', 'Honorable', 'Mme', 'Mlle', 'Herr', 'Frau',
  // lawyers' titles in other languages and systems: "Av. Zeynep Arslan" (Turkish), "Adv.", "Atty.", "Barrister"
  'Av.', 'Adv.', 'Atty.', 'Barrister',
  // an abbreviated governor and the Law Lords listed together: "Lt. Gov. Steele", "Lords X and Y"
  // (not "Sen.": titles match without their period, and "Hun Sen" is a name)
  'Gov', 'Gov.', 'Lords',
];

export const ROLES: readonly string[] = [
  'activist', 'activists', 'blogger', 'bloggers', 'journalist', 'journalists', 'reporter', 'correspondent',
  'photojournalist', 'cameraman', 'camerawoman', 'editor', 'editor-in-chief', 'publisher', 'columnist',
  'commentator', 'writer', 'poet', 'artist', 'musician', 'singer', 'rapper', 'filmmaker', 'director', 'producer',
  'lawyer', 'lawyers', 'attorney', 'advocate', 'defence lawyer', 'defense lawyer', 'human rights defender',
  'human rights defenders', 'defender', 'rights defender', 'campaigner', 'dissident', 'opposition leader',
  'opposition politician', 'politician', 'leader', 'member', 'founder', 'co-founder', 'head', 'chairperson',
  'chairman', 'chairwoman', 'chair', 'coordinator', 'volunteer', 'researcher', 'scholar', 'academic', 'professor',
  'teacher', 'lecturer', 'student', 'students', 'doctor', 'psychiatrist', 'nurse', 'pensioner', 'entrepreneur',
  'businessman', 'businesswoman', 'farmer', 'worker', 'trade unionist', 'union leader', 'priest', 'pastor', 'imam',
  'believer', 'religious believer', 'muslim', 'christian', 'jehovah\'s witness', 'protester', 'protesters',
  'demonstrator', 'picketer', 'participant', 'resident', 'citizen', 'mother', 'father', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'relative', 'prisoner', 'political prisoner', 'detainee', 'defendant',
  'plaintiff', 'judge', 'magistrate', 'prosecutor', 'investigator', 'police officer', 'policeman', 'police chief', 'officer',
  'official', 'minister', 'president', 'deputy', 'deputies', 'mp', 'governor', 'mayor', 'akim', 'ombudsman', 'spokesperson',
  'spokesman', 'spokeswoman', 'representative', 'expert', 'analyst', 'economist', 'sociologist', 'historian',
  'candidate', 'presidential candidate', 'deputy chair', 'secretary', 'director', 'manager', 'employee', 'staff member',
  'ex-husband', 'mother-in-law', 'organiser', 'organizer', 'colleague', 'neighbour', 'neighbor', 'friend', 'partner',
  'agent', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'uncle', 'aunt', 'fiancee', 'co-defendant',
  'co-accused', 'accused', 'suspect', 'convict', 'inmate', 'cellmate', 'associate', 'supporter', 'ally', 'deputy head',
  'accountant', 'engineer', 'driver', 'programmer', 'designer', 'photographer', 'translator', 'athlete', 'player',
  'coach', 'footballer', 'striker', 'boxer', 'wrestler', 'comedian', 'actor', 'actress', 'dancer', 'painter',
  'satirist', 'cartoonist', 'vlogger', 'streamer', 'influencer', 'instagrammer', 'youtuber', 'tiktoker', 'witness', 'victim', 'user', 'administrator', 'moderator', 'host', 'presenter',
  // jobs and parts people play that a report may put, capitalised, before a name: "Donor Jim Ellis", "Security Adviser X"
  'adviser', 'advisor', 'aide', 'donor', 'lobbyist', 'consultant', 'diplomat', 'envoy', 'lawmaker', 'legislator',
  'negotiator', 'mediator', 'auditor', 'clerk', 'registrar', 'bailiff', 'soldier', 'fundraiser', 'contributor',
  // clerics and business people, whom reports then call "the cleric", "the tycoon"
  'cleric', 'preacher', 'monk', 'tycoon', 'banker', 'executive',
  // heads of government and of forces, as news names them in apposition: "deposed premier, X", "X, commander of"
  'premier', 'commander', 'dictator', 'strongman', 'warlord',
  // members of a legislature, in lower case before a name: "especially senator Coleman"
  'senator', 'congressman', 'congresswoman', 'councillor', 'councilor',
  // a court's head in lower case, in apposition: "former Supreme Court chief justice, X"
  'chief justice',
];

/** Words that may stand before a role inside a descriptor: "political activist", "independent journalist". */
export const ROLE_MODIFIERS: readonly string[] = [
  'political', 'civic', 'civil', 'social', 'public', 'independent', 'opposition', 'pro-democracy', 'environmental',
  'human', 'rights', 'human-rights', 'anti-corruption', 'anti-war', 'feminist', 'lgbt', 'lgbti', 'labour', 'labor',
  'local', 'regional', 'prominent', 'well-known', 'veteran', 'young', 'elderly', 'retired', 'former', 'ex',
  'freelance', 'investigative', 'online', 'popular', 'religious', 'muslim', 'christian', 'land', 'youth',
  'student', 'trade', 'union', 'defence', 'defense', 'senior', 'chief', 'deputy', 'district', 'city', 'police',
  'state', 'government', 'presiding', 'video', 'tv', 'radio', 'newspaper', 'opposition-minded', 'press', 'communications',
];
