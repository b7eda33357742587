/**
 * Capitalised words that are not parts of personal names.
 * NAME_HEADS end names of places and organisations: the capitalised words
 * just before them belong to that name ("Mahatma Gandhi Park", "Uralsk Week").
 * NOT_NAME_WORDS split a run of capitals: months, days, nationalities,
 * sentence-opening function words and common capitalised nouns.
 */
export const NAME_HEADS: readonly string[] = [
  // places
  'Street', 'St', 'Road', 'Avenue', 'Ave', 'Prospekt', 'Prospect', 'Boulevard', 'Square', 'Park', 'Garden', 'Gardens',
  // buildings: "Sydney Opera House"
  'House', 'Opera', 'Bridge', 'Lake', 'River', 'Mountain', 'Mountains', 'Valley', 'Island', 'Region', 'Oblast', 'Province',
  'District', 'Raion', 'Rayon', 'County', 'City', 'Town', 'Village', 'Republic', 'Federation', 'Kingdom', 'State',
  'Territory', 'Krai', 'Okrug', 'Station', 'Airport', 'Port', 'Metro', 'Stadium', 'Arena', 'Market', 'Bazaar',
  'Correctional', 'Penitentiary', 'Bay', 'Creek', 'Harbour', 'Harbor', 'Beach', 'Gulf', 'Sea', 'Ocean', 'Peninsula', 'Canal', 'Highway', 'Plaza', 'Base',
  'Cinema', 'Theatre', 'Theater', 'Museum', 'Library', 'Hotel', 'Hall', 'Palace', 'Tower', 'Mosque', 'Church',
  'Cathedral', 'Monastery', 'Temple', 'Cemetery', 'Prison', 'Colony', 'Camp', 'Centre', 'Center', 'Hospital',
  'Clinic', 'School', 'Lyceum', 'Gymnasium', 'Academy', 'College', 'University', 'Institute',
  // organisations and media
  'Court', 'Tribunal', 'Council', 'Committee', 'Commission', 'Ministry', 'Department', 'Office', 'Agency',
  'Service', 'Services', 'Bureau', 'Directorate', 'Administration', 'Inspectorate', 'Prosecutor\'s', 'Police',
  'Militia', 'Guard', 'Army', 'Force', 'Forces', 'Naval', 'Navy', 'Unit', 'Air', 'Airlines', 'Airways', 'Parliament', 'Assembly', 'Senate', 'Majilis', 'Mazhilis', 'Duma',
  'Government', 'Cabinet', 'Presidency', 'Party', 'Movement', 'Front', 'Coalition', 'Alliance', 'Union', 'League',
  'Association', 'Society', 'Foundation', 'Fund', 'Trust', 'Network', 'Group', 'Initiative', 'Initiatives',
  'Organisation', 'Organization', 'Organisations', 'Organizations', 'Associations', 'Unions', 'Committees', 'Forum',
  'Inquiry', 'Project', 'Campaign', 'Coalition', 'Federation', 'Congress', 'Watch', 'Club', 'Motors', 'Kamer',
  // a firm's national arm: "Philip Morris USA"
  'USA',
  // bodies named in their own language in judgments: "Istituto Nazionale della Previdenza Sociale",
  // "Inspectoratul Județean de Jandarmi", "Ministerie van Financiën", "Kantons Thurgau"
  'Istituto', 'Previdenza', 'Sociale', 'Ministero', 'Tribunale', 'Procura', 'Inspectoratul', 'Serviciul', 'Ministerul',
  'Tribunalul', 'Judecătoria', 'Curtea', 'Direcția', 'Agenția', 'Poliția', 'Parchetul', 'Ministerie', 'Financiën',
  'Rechtbank', 'Gerechtshof', 'Raad', 'Stichting', 'Kanton', 'Kantons', 'Gericht', 'Amt', 'Bundesamt', 'Verein',
  'Ministère', 'Tribunal', 'Cour', 'Préfecture', 'Ministerio', 'Juzgado', 'Audiencia', 'Fiscalía', 'Ministerstvo',
  'Urząd', 'Sąd', 'Prokuratura', 'Rangers',
  'International', 'Monitor', 'Company', 'Corporation', 'Bank', 'Holding', 'Inc', 'Ltd', 'LLC', 'JSC', 'Group',
  'News', 'Times', 'Post', 'Week', 'Daily', 'Today', 'Radio', 'TV', 'Television', 'Channel', 'Press', 'Media', 'Images', 'Pictures', 'Photos',
  'Info', 'Desk', 'Online', 'Gazeta', 'Pravda', 'Novosti', 'Vesti', 'Izvestia', 'Vedomosti', 'Kommersant', 'Khabar', 'Magazine', 'Journal', 'Gazette', 'Herald', 'Telegraph', 'Wire', 'Agency', 'Review', 'Day',
  // Arabic names of groups and outlets, after "Al" (also a given name): "Al Qaida", "Al Jazeera"
  'Qaeda', 'Qaida', 'Jazeera', 'Arabiya', 'Shabaab', 'Shabab', 'Aqsa', 'Nusra', 'Ahram',
  'Code', 'Law', 'Act', 'Constitution', 'Convention', 'Covenant', 'Declaration', 'Charter', 'Protocol', 'Treaty',
  'Delegation', 'Embassy', 'Consulate', 'Mission', 'Secretariat', 'Authority', 'Board', 'Council', 'Chamber',
];

/** Nationalities and languages: never a name alone, but a surname after a given name ("Monica Moldovan"). */
export const NATIONALITY_WORDS: readonly string[] = [
  'Kazakh', 'Kazakhstani', 'Kyrgyz', 'Uzbek', 'Tajik', 'Turkmen', 'Azerbaijani', 'Azeri', 'Armenian', 'Georgian',
  'Russian', 'Belarusian', 'Belarusians', 'Ukrainian', 'Ukrainians', 'Russians', 'Kazakhs', 'Moldovan', 'Turkish',
  'Iranian', 'Chinese', 'Uyghur', 'Uighur', 'Dungan', 'Tatar', 'Chechen', 'Crimean', 'Vietnamese', 'Mongolian',
  'Afghan', 'Polish', 'Lithuanian', 'Latvian', 'Estonian', 'German', 'French', 'British', 'Briton', 'Britons', 'American', 'European',
  'Soviet', 'South', 'North', 'East', 'West', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'English', 'Arabic', 'Persian', 'Muslim',
  'Muslims', 'Christian', 'Christians', 'Orthodox', 'Catholic', 'Protestant', 'Baptist', 'Islamic', 'Jewish',
  'Jehovah\'s', 'Witnesses', 'Salafi', 'Sunni', 'Shia', 'Egyptian', 'Cambodian', 'Khmer', 'Kurdish', 'Kurd', 'Kurds',
  'Pamiri', 'Pamiris', 'Syrian', 'Iraqi', 'Saudi', 'Emirati', 'Qatari', 'Yemeni', 'Jordanian', 'Palestinian',
  'Israeli', 'Lebanese', 'Libyan', 'Tunisian', 'Algerian', 'Moroccan', 'Sudanese', 'Ethiopian', 'Eritrean',
  'Nigerian', 'Kenyan', 'Pakistani', 'Indian', 'Bangladeshi', 'Nepali', 'Sri', 'Lankan', 'Thai', 'Burmese',
  'Laotian', 'Malaysian', 'Indonesian', 'Filipino', 'Korean', 'Japanese', 'Taiwanese', 'Tibetan', 'Hongkonger',
  'Karakalpak', 'Lezgin', 'Talysh', 'Circassian', 'Ossetian', 'Abkhaz', 'Ingush', 'Dagestani', 'Bashkir', 'Buryat',
  'Yakut', 'Roma', 'Romani', 'Gypsy', 'Gypsies', 'Serbian', 'Croatian', 'Bosnian', 'Romanian', 'Bulgarian', 'Hungarian', 'Italian',
  'Spanish', 'Dutch', 'Swedish', 'Norwegian', 'Finnish', 'Danish', 'Greek', 'Czech', 'Slovak', 'Austrian', 'Swiss',
  'Belgian', 'Irish', 'Scottish', 'Canadian', 'Australian', 'Brazilian', 'Mexican', 'Venezuelan', 'Cuban',
  'Nicaraguan', 'Colombian', 'Argentine', 'Chilean', 'Peruvian', 'Azerbaijanis', 'Armenians', 'Georgians',
  'Uzbeks', 'Tajiks', 'Kyrgyzstani', 'Turkmens', 'Uyghurs', 'Tatars', 'Chechens', 'Europeans', 'Americans',
  'Eurasian', 'Arab', 'Arabs', 'Asian', 'African', 'Latin', 'Balkan', 'Baltic', 'Caspian', 'Pacific', 'Atlantic',
  // more demonyms, so that "the Montenegrin Government" names no leader
  'Montenegrin', 'Macedonian', 'Slovenian', 'Slovene', 'Albanian', 'Kosovar', 'Portuguese', 'Maltese', 'Cypriot',
  'Icelandic', 'Welsh', 'Burundian', 'Rwandan', 'Ugandan', 'Tanzanian', 'Zimbabwean', 'Zambian', 'Congolese',
  'Ghanaian', 'Senegalese', 'Cameroonian', 'Somali', 'Malian', 'Chadian', 'Angolan', 'Mozambican', 'Namibian',
  'Liberian', 'Ivorian', 'Gambian', 'Guinean', 'Nigerien', 'Malawian', 'Haitian', 'Jamaican', 'Guatemalan',
  'Honduran', 'Salvadoran', 'Ecuadorian', 'Ecuadoran', 'Bolivian', 'Paraguayan', 'Uruguayan', 'Panamanian',
  'Singaporean', 'Afghani', 'Fijian', 'Bahraini', 'Kuwaiti', 'Omani', 'Bhutanese', 'Maldivian', 'Timorese',
  'Papuan', 'Samoan', 'Tongan', 'Bruneian', 'Luxembourgish', 'Liechtenstein', 'Monegasque', 'Andorran',
];

export const NOT_NAME_WORDS: readonly string[] = [
  // wiki template names that leak into converted text ("Saddam Hussein Infobox"), party members, feast days
  'Infobox', 'Wikinews', 'Democrats', 'Republicans',
  // law reports cited after a case: "F. Supp"
  'Supp',
  // a party member's label before the name: "Libertarian Ruth Bennett", "Labour MP X"
  'Libertarian', 'Democrat', 'Republican', 'Socialist', 'Communist', 'Conservative', 'Labour',
  // courts known by a name with no court word in it (courts/data/court-words.ts)
  'Sandiganbayan',
  // calendar
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'Easter', 'Ramadan', 'Nowruz',
  'Nauryz', 'Independence', 'Victory',
  // currency abbreviations written before an amount, right after a name: "fined Rahim Uddin Tk 5,000"
  'Tk', 'Rs', 'Ksh', 'Shs', 'Rp', 'RM', 'Bs',
  ...NATIONALITY_WORDS,
  'Prime', 'Deputy', 'Vice', 'Acting', 'Former', 'Ex',
  // words that open place names: "Fort Lauderdale", "Mount Kenya", "Barangay Buna" (a Philippine village)
  'Fort', 'Mount', 'Barangay',
  // function words that open sentences
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'On', 'In', 'At', 'By', 'For', 'From', 'To', 'Of', 'With',
  'Without', 'After', 'Before', 'During', 'Since', 'Until', 'Between', 'Among', 'Against', 'Under', 'Over',
  'According', 'Despite', 'Following', 'Regarding', 'Meanwhile', 'However', 'Moreover', 'Furthermore', 'Also',
  'Although', 'Though', 'While', 'When', 'Where', 'Whereas', 'If', 'As', 'And', 'But', 'Or', 'So', 'Yet', 'Then',
  'Both', 'Either', 'Neither', 'All', 'Each', 'Every', 'Some', 'Many', 'Most', 'Several', 'Other', 'Another',
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'First', 'Last', 'Next', 'Later',
  'Earlier', 'Lastly', 'Finally', 'Currently', 'Previously', 'Recently', 'Today', 'Yesterday', 'Tomorrow',
  'He', 'She', 'It', 'They', 'We', 'You', 'I', 'His', 'Her', 'Their', 'Our', 'Its', 'Who', 'Whom', 'Whose',
  'What', 'Which', 'Why', 'How', 'There', 'Here', 'No', 'Not', 'Nor', 'Only', 'Even', 'Such', 'Thus', 'Therefore',
  'Instead', 'Indeed', 'Nevertheless', 'Nonetheless', 'Additionally', 'Further', 'Overall', 'Separately',
  'Afterwards', 'Thereafter', 'Elsewhere', 'Hundreds', 'Dozens', 'Thousands', 'Authorities', 'Officials',
  'Residents', 'Supporters', 'Relatives', 'Critics', 'Observers', 'Experts', 'Eyewitnesses', 'Witnesses', 'Now',
  'Still', 'Again', 'Soon', 'Nearly', 'Almost', 'Just', 'Perhaps', 'Maybe', 'Otherwise', 'Hence', 'Accordingly',
  'Similarly', 'Likewise', 'Together', 'Around', 'About', 'Above', 'Below', 'Near', 'Into', 'Upon', 'Within',
  'Through', 'Throughout', 'Via', 'Per', 'Because', 'Once', 'Unlike', 'Like', 'Amid', 'Amidst', 'Update',
  'Updates', 'Read', 'More', 'See', 'Photo', 'Source', 'Sources', 'Note', 'Notes', 'Background', 'Image',
  // words of party, movement and banned-group names often in this news
  'Jamaat', 'Jamaats', 'Hizb', 'Tahrir', 'Tablighi', 'Akromiya', 'Nurcular', 'Ansarullah', 'Otan', 'Amanat',
  'Zhol', 'Meken', 'Zhurt', 'Orda', 'Partiyasy', 'Partiyasi', 'Oyan', 'Musavat', 'Falun', 'Gong', 'Brotherhood',
  'Taliban', 'Hamas', 'Fatah', 'Hezbollah', 'Hizbollah', 'Daesh', 'ISIS', 'Salafiya', 'Wahhabi',
  // common capitalised nouns in this news
  'Article', 'Articles', 'Part', 'Paragraph', 'Chapter', 'Section', 'Annex', 'Appendix', 'Schedule', 'Criminal', 'Administrative', 'Civil',
  'Human', 'Rights', 'Freedom', 'Freedoms', 'Expression', 'Association', 'Peaceful', 'Assembly', 'Information',
  'Public', 'Development', 'Education', 'Justice', 'Interior', 'Internal', 'Affairs', 'Foreign', 'Defence',
  'Defense', 'Health', 'Culture', 'Security', 'National', 'Federal', 'Supreme', 'Constitutional', 'Special',
  'Internet', 'Facebook', 'Instagram', 'Telegram', 'WhatsApp', 'YouTube', 'TikTok', 'Twitter', 'VKontakte', 'VK',
  'Google', 'Zoom', 'Skype', 'Signal', 'COVID-19', 'Covid', 'Coronavirus', 'God', 'Allah', 'Quran', 'Bible',
  'Monitor', 'Viasna', 'Memorial', 'Amnesty', 'Front', 'Opposition', 'Democratic', 'Choice', 'Kremlin',
  'Prosecutor', 'Prosecutors', 'Judge', 'Investigator', 'Police', 'Officer', 'Officers', 'Minister', 'President',
  'Presidential', 'Government', 'State', 'Republic', 'Protest', 'Protests', 'Trial', 'Verdict', 'Appeal',
  'Expression', 'Positive', 'Peace', 'Legal', 'Legislative', 'Changes', 'Case', 'Cases', 'Defamation', 'Press',
  'Release', 'Statement', 'Report', 'Digest', 'Week', 'Weekly', 'Daily', 'Monthly', 'Breaking', 'Exclusive',
];
