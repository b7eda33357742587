/**
 * Given-name gazetteer by origin, in the Latin spellings news texts use.
 * A hit marks the start of a personal name: "Galiya Tamabayeva", "Nino Beridze".
 * Transliteration variants meet through surnameKey, so one spelling per name is often enough.
 */
export const FIRST_NAMES: Readonly<Record<string, readonly string[]>> = {
  kazakh: [
    'Abai', 'Abay', 'Abylai', 'Adil', 'Aibek', 'Aibolat', 'Aidana', 'Aidos', 'Aigerim', 'Aigul', 'Aigerim', 'Aizhan',
    'Akmaral', 'Akylbek', 'Alibek', 'Almas', 'Almaz', 'Altynai', 'Amangeldy', 'Amirzhan', 'Arman', 'Arailym', 'Asel',
    'Askar', 'Askhat', 'Assel', 'Asylbek', 'Ayan', 'Azamat', 'Bakdaulet', 'Bakhytzhan', 'Bakyt', 'Balzhan', 'Batima',
    'Baurzhan', 'Bekzat', 'Berik', 'Botagoz', 'Daniyar', 'Dariga', 'Darkhan', 'Dauren', 'Dilnaz', 'Dinara', 'Duman',
    'Erlan', 'Ermek', 'Galiya', 'Gaukhar', 'Gulmira', 'Gulnara', 'Gulzada', 'Kairat', 'Kanat', 'Kuanysh', 'Lukpan',
    'Madina', 'Maksat', 'Marat', 'Medet', 'Mukhtar', 'Nazira', 'Nurbek', 'Nurlan', 'Nursultan', 'Nurzhan', 'Nuriyash',
    'Olzhas', 'Rauan', 'Rysbek', 'Saltanat', 'Samat', 'Sanzhar', 'Saule', 'Serik', 'Serikzhan', 'Symbat', 'Talgat',
    'Timur', 'Tokhtar', 'Ulan', 'Yerbol', 'Yerlan', 'Yerzhan', 'Zhanar', 'Zhambyl', 'Zhanbolat', 'Zhandos', 'Zhanna',
    'Zhanibek', 'Zharas', 'Kasym-Zhomart', 'Noyan', 'Dilbar', 'Aliya', 'Ainur', 'Dana', 'Asia', 'Asiya', 'Gulnar', 'Amanzhol',
    'Zhasulan', 'Yerzhan', 'Dulat', 'Ruslan', 'Max', 'Kenzhe', 'Sholpan', 'Roza', 'Elmira', 'Raushan', 'Aslan',
  ],
  kyrgyz: [
    'Adilet', 'Aibek', 'Aida', 'Aijan', 'Akylbek', 'Almazbek', 'Atambek', 'Azimbek', 'Bolot', 'Bolotbek', 'Cholpon',
    'Kadyrbek', 'Kamchybek', 'Kanybek', 'Kubanychbek', 'Makhabat', 'Mirlan', 'Nurgul', 'Sadyr', 'Temirlan', 'Tilek',
    'Ulukbek', 'Zhyldyz', 'Kanyshai', 'Begaiym', 'Elnura', 'Kymbat',
  ],
  uzbek: [
    'Abdulla', 'Akmal', 'Alisher', 'Anvar', 'Azizbek', 'Bahodir', 'Bakhtiyor', 'Davron', 'Dilnoza', 'Dilshod',
    'Farrukh', 'Gulnora', 'Islom', 'Jahongir', 'Jamshid', 'Kamola', 'Lola', 'Mirziyoyev', 'Muhammad', 'Nodira',
    'Otabek', 'Rustam', 'Sanjar', 'Shavkat', 'Sherzod', 'Shukhrat', 'Ulugbek', 'Umida', 'Zafar', 'Zarina', 'Dildora',
    'Dilmurod', 'Bobomurod', 'Salidjon', 'Agzam', 'Azam', 'Nilufar',
  ],
  tajik: [
    'Abdumalik', 'Buzurgmehr', 'Daler', 'Dilshod', 'Emomali', 'Farhod', 'Firuz', 'Firuza', 'Khurshed', 'Mahmadali',
    'Manuchehr', 'Mehrangez', 'Nigina', 'Rahmatillo', 'Rukhshona', 'Shahlo', 'Sitora', 'Sukhrob', 'Tohir', 'Zafar',
    'Parviz', 'Daler', 'Izzat', 'Muhammadjon',
    'Sharofiddin', 'Muhiddin', 'Abdullo', 'Shabnam', 'Mirzo', 'Bobur', 'Bekzod', 'Kamila', 'Farrukh', 'Jamshed', 'Alijon',
  ],
  turkmen: [
    'Annamurat', 'Atajan', 'Batyr', 'Berdimuhamed', 'Gozel', 'Gurbanguly', 'Maral', 'Merdan', 'Myrat', 'Nurgeldi',
    'Ogulbibi', 'Ogulsapar', 'Orazgeldi', 'Saparmurat', 'Serdar', 'Soltan', 'Annageldi', 'Aynabat', 'Mahri',
  ],
  azerbaijani: [
    'Afgan', 'Ali', 'Anar', 'Arzu', 'Aynur', 'Elchin', 'Elmir', 'Elvin', 'Emin', 'Farid', 'Gunel', 'Ilgar', 'Ilham',
    'Intigam', 'Javad', 'Kamala', 'Khadija', 'Leyla', 'Mehman', 'Nargiz', 'Narmin', 'Orkhan', 'Ramil', 'Rasim',
    'Rasul', 'Rauf', 'Sevinj', 'Samir', 'Tofig', 'Tural', 'Ulvi', 'Zibeyda', 'Afgan', 'Idrak', 'Ulviyya', 'Mehriban',
    'Rashad', 'Vugar', 'Fuad', 'Gubad', 'Ilkin', 'Bakhtiyar', 'Hafiz', 'Elmar', 'Nijat', 'Arshad', 'Arif', 'Avaz',
    'Mahammad', 'Aziz', 'Polad', 'Taleh', 'Ramin', 'Natig', 'Elnur', 'Zamin', 'Igbal', 'Aytaj', 'Sakina',
  ],
  russian: [
    'Aleksandr', 'Alexander', 'Aleksei', 'Alexei', 'Alexey', 'Alla', 'Anastasia', 'Anatoly', 'Andrei', 'Andrey',
    'Anna', 'Anton', 'Arkady', 'Boris', 'Daria', 'Darya', 'Denis', 'Dmitry', 'Dmitri', 'Ekaterina', 'Yekaterina',
    'Elena', 'Yelena', 'Evgeny', 'Yevgeniy', 'Yevgeny', 'Galina', 'Gennady', 'Grigory', 'Igor', 'Ilya', 'Irina',
    'Ivan', 'Kirill', 'Konstantin', 'Ksenia', 'Larisa', 'Leonid', 'Lidiya', 'Lyudmila', 'Marina', 'Maria', 'Maxim',
    'Mikhail', 'Natalia', 'Natalya', 'Nikita', 'Nikolai', 'Nikolay', 'Oleg', 'Olga', 'Pavel', 'Pyotr', 'Roman',
    'Ruslan', 'Sergei', 'Sergey', 'Svetlana', 'Tatiana', 'Tatyana', 'Valentina', 'Valery', 'Vasily', 'Vera', 'Viktor',
    'Vladimir', 'Vladislav', 'Vyacheslav', 'Yaroslav', 'Yegor', 'Yulia', 'Yury', 'Yuri', 'Zoya', 'Lev', 'Fyodor',
    'Artyom', 'Artem', 'Bair', 'Nadezhda', 'Lyubov', 'Polina', 'Sofia', 'Valeria', 'Inna', 'Oksana', 'Evgenia',
  ],
  belarusian: [
    'Ales', 'Alena', 'Aliaksandr', 'Aliaksei', 'Andrei', 'Anzhalika', 'Dzianis', 'Dzmitry', 'Hanna', 'Ihar', 'Iryna',
    'Katsiaryna', 'Mikalai', 'Maryna', 'Natallia', 'Palina', 'Pavel', 'Raman', 'Siarhei', 'Stsiapan', 'Sviatlana',
    'Tatsiana', 'Uladzimir', 'Nadzeya', 'Viachaslau', 'Mikita', 'Ksenia', 'Andrei', 'Paval', 'Ryhor', 'Leanid', 'Vital', 'Viktar', 'Volha', 'Yana', 'Yauhen', 'Yuliya', 'Maryia', 'Valiantsin', 'Zmitser',
    'Aleh', 'Alies', 'Yauheni', 'Vasil', 'Maksim', 'Artsiom', 'Kanstantsin', 'Stanislau', 'Nasta', 'Liudmila', 'Kseniya',
    'Anastasiya', 'Hleb', 'Ihnat', 'Kiryl', 'Uladzislau', 'Yahor', 'Valeryia', 'Vadzim', 'Piotr', 'Aliena', 'Halina',
    'Nina', 'Eduard', 'Vitali',
  ],
  ukrainian: [
    'Andriy', 'Bohdan', 'Dmytro', 'Halyna', 'Ihor', 'Kateryna', 'Mykola', 'Mykhailo', 'Nataliya', 'Oleh', 'Oleksandr',
    'Oleksii', 'Olena', 'Olha', 'Petro', 'Roman', 'Serhii', 'Serhiy', 'Taras', 'Valentyna', 'Vasyl', 'Volodymyr',
    'Yurii', 'Yuliia', 'Sergiy', 'Artem', 'Yevhen', 'Anatolii', 'Vitalii', 'Oksana', 'Larysa', 'Stepan', 'Ostap', 'Solomiia',
  ],
  georgian: [
    'Davit', 'Giorgi', 'Irakli', 'Levan', 'Luka', 'Mariam', 'Mzia', 'Nino', 'Salome', 'Tamar', 'Tamta', 'Zurab',
    'Nika', 'Lasha', 'Mikheil', 'Bidzina', 'Eka', 'Ketevan', 'Tinatin', 'Shota', 'Ana',
  ],
  armenian: [
    'Anahit', 'Armen', 'Aram', 'Arsen', 'Ashot', 'Davit', 'Gayane', 'Gohar', 'Hayk', 'Hovhannes', 'Karen', 'Lilit',
    'Lusine', 'Narek', 'Nikol', 'Serzh', 'Tigran', 'Vahagn', 'Vardan', 'Gevorg', 'Artur', 'Mane', 'Arpine',
  ],
  turkish: [
    'Ahmet', 'Ayse', 'Burak', 'Can', 'Deniz', 'Ekrem', 'Elif', 'Emre', 'Fatma', 'Hakan', 'Hatice', 'Kemal', 'Mehmet',
    'Murat', 'Mustafa', 'Osman', 'Recep', 'Selahattin', 'Zeynep', 'Selin', 'Osman', 'Ozgur', 'Sebnem', 'Nedim', 'Ahmet', 'Kemal', 'Gulten', 'Osman', 'Canan', 'Ercan', 'Yusuf', 'Tayyip',
  ],
  arabic: [
    'Abdullah', 'Abdel', 'Ahmad', 'Ahmed', 'Alaa', 'Amal', 'Fatima', 'Hassan', 'Hussein', 'Ibrahim', 'Khaled',
    'Khalid', 'Layla', 'Mahmoud', 'Mohamed', 'Mohammed', 'Muhammad', 'Mona', 'Nabil', 'Omar', 'Rami', 'Salma',
    'Samir', 'Yasmin', 'Youssef', 'Zainab', 'Loujain', 'Raif', 'Nasser', 'Walid', 'Maryam', 'Yasser', 'Karim', 'Hossam', 'Mostafa',
    'Mustafa', 'Abdelrahman', 'Hatem', 'Tarek', 'Sherif', 'Amr', 'Hisham', 'Esraa', 'Sanaa', 'Mahienour', 'Ziad',
    // written abbreviations of Muhammad that open South and Southeast Asian names: "Md. Rafiqul Islam", "Mohd Faizal"
    'Md', 'Mohd', 'Muhd',
  ],
  persian: [
    'Ali', 'Amir', 'Arash', 'Babak', 'Dariush', 'Farah', 'Farhad', 'Hamid', 'Hossein', 'Leila', 'Mahsa', 'Mehdi',
    'Mohsen', 'Narges', 'Nasrin', 'Navid', 'Parisa', 'Reza', 'Sepideh', 'Shirin', 'Soheila', 'Toomaj', 'Nazanin',
  ],
  // Family names come first in Chinese, Khmer and Korean names ("Wang Qiang", "Sok Chanthy"): they open a name too.
  chineseFamily: [
    'Wang', 'Li', 'Xi', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo',
    'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Han', 'Cao', 'Deng', 'Feng', 'Xiao', 'Cheng', 'Yuan',
    'Peng', 'Lu', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Ye', 'Pan', 'Du', 'Dai', 'Xia', 'Zhong', 'Tian', 'Ren',
    'Fang', 'Shi', 'Yao', 'Tan', 'Liao', 'Zou', 'Xiong', 'Jin', 'Hao', 'Kong', 'Bai', 'Cui', 'Kang', 'Mao', 'Qiu',
    'Qin', 'Shen', 'Gu', 'Hou', 'Meng', 'Duan', 'Qian', 'Yin', 'Chow', 'Chan', 'Wong', 'Cheung', 'Lam', 'Leung',
    'Ho', 'Ng', 'Tsang', 'Yip', 'Lau', 'Tse', 'Kwok', 'Lai', 'Tam', 'Tong', 'Chu', 'Lo', 'Szeto', 'Ilham',
  ],
  khmerKorean: [
    'Sok', 'Meas', 'Chhim', 'Heng', 'Hun', 'Kem', 'Chea', 'Khem', 'Mam', 'Keo', 'Ly', 'Nhem', 'Ouk', 'Prak', 'Seng',
    'Sim', 'Som', 'Thach', 'Vann', 'Yim', 'Rong', 'Sam', 'Srey', 'Kim', 'Choi', 'Jung', 'Kang',
  ],
  chinese: [
    'Wei', 'Jing', 'Li', 'Ming', 'Xiaobo', 'Jinping', 'Zhiqiang', 'Xiaoming', 'Yan', 'Hui', 'Jun', 'Lei', 'Ying',
    'Xin', 'Ai', 'Guang', 'Zhen', 'Ilham', 'Qiang', 'Xue', 'Yu', 'Ling',
  ],
  vietnamese: [
    'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong', 'Thi',
    'Van', 'Thanh', 'Minh', 'Huong', 'Quang', 'Tuan', 'Hung', 'Lan', 'Mai', 'Linh',
  ],
  african: [
    'Tendai', 'Tapiwa', 'Rudo', 'Blessing', 'Farai', 'Tatenda', 'Chipo', 'Nyasha', 'Kudzai', 'Tafadzwa', 'Tsitsi',
    'Rutendo', 'Nokuthula', 'Thabo', 'Sipho', 'Themba', 'Lindiwe', 'Zanele', 'Kwame', 'Kofi', 'Ama', 'Chinedu',
    'Ngozi', 'Oluwaseun', 'Wanjiru', 'Wambui', 'Juma', 'Amina', 'Fatou', 'Moussa', 'Mamadou', 'Aisha', 'Abiy',
    'Bobi', 'Stella', 'Hopewell', 'Job', 'Jacob', 'Emmerson', 'Yoweri', 'Nelson', 'Desmond', 'Wole', 'Ousmane',
  ],
  spanishPortuguese: [
    'Jose', 'Juan', 'Carlos', 'Luis', 'Miguel', 'Jorge', 'Pedro', 'Marcos', 'Lucia', 'Ana', 'Sofia', 'Camila',
    'Rosa', 'Carmen', 'Felix', 'Francisco', 'Javier', 'Manuel', 'Antonio', 'Joao', 'Paulo', 'Rafael',
    'Rigoberto', 'Alfredo', 'Marcela', 'Fernando', 'Alejandro', 'Ricardo', 'Roberto', 'Eduardo', 'Gabriela', 'Mariana',
    'Daniela', 'Andres', 'Ernesto', 'Guillermo', 'Hector', 'Jesus', 'Julio', 'Mario', 'Oscar', 'Raul', 'Sergio',
    'Victor', 'Lorena', 'Sandra', 'Veronica', 'Guadalupe', 'Beatriz', 'Teresa', 'Isabel', 'Esteban', 'Gustavo',
    'Alvaro', 'Diego', 'Pablo', 'Sebastian', 'Gonzalo', 'Milagros', 'Yolanda', 'Adriana', 'Paola', 'Alberto',
    'Enrique', 'Rodrigo', 'Cristina', 'Silvia', 'Ignacio', 'Felipe', 'Ramon', 'Arturo', 'Cesar', 'Ruben', 'Mateus',
    'Thiago', 'Gabriel', 'Leonardo', 'Vinicius', 'Fernanda', 'Juliana',
  ],
  french: [
    'Jean', 'Pierre', 'Marie', 'Emmanuel', 'Didier', 'Patrice', 'Claude', 'Jacques', 'Francois', 'Alain', 'Yves',
    'Serge', 'Aime', 'Fabrice', 'Thierry', 'Bosco', 'Jean-Pierre', 'Jean-Claude', 'Jean-Baptiste', 'Jean-Marie',
  ],
  africanMore: [
    'Mutale', 'Bwalya', 'Chileshe', 'Mwaka', 'Akinyi', 'Achieng', 'Njeri', 'Wanjiku', 'Adeola', 'Folasade', 'Emeka',
    'Chukwuemeka', 'Ifeoma',
  ],
  english: [
    'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Daniel',
    'Matthew', 'Mark', 'Paul', 'Steven', 'Andrew', 'Peter', 'George', 'Edward', 'Brian', 'Kevin', 'Mary', 'Patricia',
    'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Nancy', 'Lisa', 'Emily',
    'Emma', 'Helen', 'Rachel', 'Laura', 'Kate', 'Catherine', 'Anne', 'Jane', 'Julia', 'Sophie', 'Hugh', 'Tom',
    'Simon', 'Chris', 'Christopher', 'Martin', 'Hannah', 'Amy', 'Lucy', 'Claire', 'Rebecca', 'Joe', 'Jim', 'Tony',
  ],
};

/** Every given name, for lookup. */
export const ALL_FIRST_NAMES: readonly string[] = [...new Set(Object.values(FIRST_NAMES).flat())];
