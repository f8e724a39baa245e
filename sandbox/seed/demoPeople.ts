// Name pools and field values for the demo's contacts: international, with diacritics, and
// with no HTML-special characters (<, >, &).

export const PEOPLE: Record<string, { first: readonly string[]; last: readonly string[] }> = {
  en: {
    first: ['Olivia', 'James', 'Amelia', 'Harry', 'Grace', 'Noah', 'Chloe', 'Liam', 'Ella', 'Jack'],
    last: ['Smith', 'Johnson', 'Taylor', 'Brown', 'Wilson', 'Davies', 'Evans', 'Walker', 'Wright', 'Hughes'],
  },
  de: {
    first: ['Jürgen', 'Anna', 'Lukas', 'Lena', 'Maximilian', 'Sophie', 'Felix', 'Jana', 'Matthias', 'Katrin'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Groß'],
  },
  fr: {
    first: ['Élodie', 'Mathieu', 'Camille', 'Théo', 'Inès', 'Louis', 'Margaux', 'Hugo', 'Léa', 'François'],
    last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', 'Lambert'],
  },
  ja: {
    first: ['Haruto', 'Yui', 'Sōta', 'Aoi', 'Ren', 'Hina', 'Yūki', 'Sakura', 'Kenji', 'Mei'],
    last: ['Satō', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Itō', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Katō'],
  },
  es: {
    first: ['José', 'María', 'Alejandro', 'Lucía', 'Andrés', 'Valentina', 'Sebastián', 'Camila', 'Mateo', 'Ximena'],
    last: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Núñez'],
  },
  nordic: {
    first: ['Søren', 'Ingrid', 'Bjørn', 'Astrid', 'Mikko', 'Aino', 'Lars', 'Sigrid', 'Eero', 'Freja'],
    last: ['Hansen', 'Johansen', 'Larsen', 'Virtanen', 'Korhonen', 'Nieminen', 'Berg', 'Haugen', 'Lindqvist', 'Østergaard'],
  },
  ng: {
    first: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Amaka', 'Emeka', 'Folake', 'Tunde', 'Chiamaka', 'Ifeanyi', 'Yetunde'],
    last: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Adebayo', 'Nwosu', 'Ogunleye', 'Obi', 'Olawale'],
  },
  pt: {
    first: ['João', 'Beatriz', 'Tiago', 'Inês', 'Gonçalo', 'Mariana', 'Rafael', 'Leonor', 'Duarte', 'Luíza'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Gonçalves', 'Araújo', 'Magalhães'],
  },
  pl: {
    first: ['Łukasz', 'Zofia', 'Paweł', 'Małgorzata', 'Krzysztof', 'Agnieszka', 'Michał', 'Katarzyna', 'Wojciech', 'Joanna'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kozłowski'],
  },
  in: {
    first: ['Aarav', 'Priya', 'Vihaan', 'Ananya', 'Arjun', 'Diya', 'Rohan', 'Kavya', 'Ishaan', 'Saanvi'],
    last: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Mehta', 'Chatterjee', 'Desai', 'Kulkarni'],
  },
  ko: {
    first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Ji-woo', 'Seung-hyun', 'Soo-ah', 'Hyun-woo', 'Yu-na'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  },
  ar: {
    first: ['Omar', 'Layla', 'Youssef', 'Fatima', 'Karim', 'Nour', 'Hassan', 'Amira', 'Tariq', 'Salma'],
    last: ['Haddad', 'Mansour', 'Al-Farsi', 'Khalil', 'Nasser', 'El-Sayed', 'Aziz', 'Hamdan', 'Saleh', 'Qasim'],
  },
  tr: {
    first: ['Emre', 'Zeynep', 'Burak', 'Elif', 'Çağrı', 'Ayşe', 'Oğuz', 'Gülşen', 'Mert', 'İpek'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan'],
  },
  cz: {
    first: ['Jiří', 'Tereza', 'Tomáš', 'Kateřina', 'Ondřej', 'Lucie', 'Vojtěch', 'Barbora', 'Radek', 'Markéta'],
    last: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Růžička'],
  },
  vi: {
    first: ['Minh', 'Linh', 'Huy', 'Trang', 'Đức', 'Ngọc', 'Tuấn', 'Thảo', 'Quang', 'Hương'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
  },
  zh: {
    first: ['Wei', 'Xiu Ying', 'Jun', 'Li Na', 'Hao', 'Mei Lin', 'Qiang', 'Yan', 'Zhi Hao', 'Xin Yi'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
  },
};

export const POSITIONS: readonly string[] = [
  'CEO',
  'CTO',
  'CFO',
  'Head of Marketing',
  'Project Manager',
  'Account Manager',
  'Office Manager',
  'Lead Designer',
  'Senior Developer',
  'Procurement Officer',
  'Finance Controller',
  'Operations Director',
  'Brand Strategist',
  'HR Business Partner',
  'Legal Counsel',
  'Product Owner',
  'Sales Representative',
  'Executive Assistant',
  'Creative Director',
  'Customer Success Lead',
];

export const NOTES: readonly string[] = [
  'Prefers email over phone calls.',
  'Approves invoices above 5,000 — send them a week early.',
  'Out of office every Friday afternoon.',
  'Met at the Berlin trade fair.\nInterested in the annual maintenance plan.',
  'Call before 10:00 local time.',
  'Speaks English, French and a little German.',
  'Needs PDF invoices with the PO number in the subject line.',
  'Decision maker for the website relaunch.',
  'Vegetarian; remember for the kickoff lunch.',
  'Second contact for billing questions.\nCopy the CFO on anything over budget.',
];
