/**
 * Hand-written word lists of the person detector: cue words around names (titles, salutations,
 * closings, form labels), and words that block a name reading (company suffixes, street words,
 * function words). Case matters where noted; most sets hold the exact surface.
 */
import { endsWithAny } from '../../util/suffix.js';

/** The words of a whitespace-separated list, as a set. */
export const wordSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const set = wordSet;

/** Honorifics of other languages: they introduce a name ("Khun Somchai", "Oom Koos") and are never one. */
const HONORIFICS = 'Khun Oom Tannie Shri Smt Alhaji Alhaja Mzee Pak Kak Encik Puan Cik Ustaz Ustazah Datuk Haji Hajjah Rabbi Imam Engr Atty Sister Schwester';

/** Titles and honorifics that precede a name and are not part of the span. With and without dot. */
export const TITLES = set(`Herr Herrn Frau Fr Hr Hrn Frl Fräulein Dr DDr Drs Prim Doz PD OA Univ Priv Prof Professor Professorin Doktor Dres Dipl Ing Mag
Lic Med Jur RA RAin StB WP Notar Notarin Rechtsanwalt Rechtsanwältin Richter Richterin Staatsanwalt Staatsanwältin
Pfarrer Pfarrerin Pastor Pastorin Kollege Kollegin Mr Mrs Ms Miss Mister Mx Sir Dame Madam Madame Mme Mlle Monsieur
Messrs Rev Hon Capt Sgt Lt Col Gen Sen Rep Gov Sr Sra Sig Signora Signor Dott Dottssa Bürgermeister Bürgermeisterin
Minister Ministerin Präsident Präsidentin Kanzler Kanzlerin Senator Senatorin Patient Patientin Pat Herrin Judge Sheriff
${HONORIFICS}`);

/** Titles that are only a title with their dot ("Dr." but "Dr" too); used when the next char is ".". */
export const LOWER_TITLE_PARTS = set(`med dent vet phil jur rer nat pol oec habil univ h.c hc mult sc techn agr`);

/** Salutation / greeting words before a name. Lower-cased for lookup. */
export const GREETINGS = set(`liebe lieber liebes hallo hi hey dear moin servus salut hello hej ciao guten morgen abend tag
geehrte geehrter sehr werte werter grüß gruess thanks thank thx cheers danke merci`);

/** Words after a greeting that are not names ("Hallo Team", "Liebe Kolleginnen"). Lower-cased. */
export const GREETING_NON_NAMES = set(`team zusammen alle allerseits kollegen kolleginnen kollege kollegin leute freunde
damen herren mitglieder sir madam all everyone folks guys there team, support kunde kundin kunden partner leser
leserin leserinnen teilnehmer teilnehmende nachbarn eltern mama papa schatz welt world community
geschäftspartner geschäftspartnerin geschäftspartnerinnen kundinnen mieter mieterin mieterinnen mitarbeiter mitarbeiterin
mitarbeiterinnen mitarbeitende beschäftigte bewerber bewerberin lieferanten gäste mitglied vertragspartner
grüße grüsse gruß gruss wishes regards mate mates buddy pal again
erziehungsberechtigte sorgeberechtigte
accounts accounting customer customers colleagues members partners supplier suppliers valued hiring applicant
tenant tenants residents parents friends sirs`);

/** Closing lines that a signature follows. Normalised: lower-case, no trailing punctuation. */
export const CLOSINGS = [
  'mit freundlichen grüßen',
  'mit freundlichen grüssen',
  'mit freundlichem gruß',
  'mit freundlichem gruss',
  'mit besten grüßen',
  'mit besten grüssen',
  'mit herzlichen grüßen',
  'mit kollegialen grüßen',
  'freundliche grüße',
  'freundliche grüsse',
  'viele grüße',
  'viele grüsse',
  'beste grüße',
  'beste grüsse',
  'herzliche grüße',
  'herzliche grüsse',
  'liebe grüße',
  'liebe grüsse',
  'schöne grüße',
  'sonnige grüße',
  'gruß',
  'gruss',
  'grüße',
  'grüsse',
  'lg',
  'vg',
  'mfg',
  'bg',
  'hochachtungsvoll',
  'danke und gruß',
  'danke und viele grüße',
  'vielen dank und viele grüße',
  'best regards',
  'kind regards',
  'warm regards',
  'kindest regards',
  'best wishes',
  'regards',
  'many thanks',
  'thanks',
  'thank you',
  'thanks and regards',
  'cheers',
  // British and Welsh informal thanks: "Ta,\nDai", "Diolch,\nBron".
  'ta',
  'diolch',
  'with thanks',
  'warmest regards',
  'sincerely',
  'yours sincerely',
  'sincerely yours',
  'yours faithfully',
  'yours truly',
  'best',
  'all the best',
  'ciao',
  'bis bald',
  'cordialement',
  'saludos',
];

/** Form and header labels whose value is a person name. Lower-case, without the colon. */
export const NAME_LABELS = set(`name vorname nachname familienname geburtsname rufname vor- vollständiger
ansprechpartner ansprechpartnerin ansprechperson kontakt kontaktperson sachbearbeiter sachbearbeiterin bearbeiter
bearbeiterin patient patientin patientenname mieter mieterin vermieter vermieterin kontoinhaber kontoinhaberin
antragsteller antragstellerin kunde kundin mitarbeiter mitarbeiterin bewerber bewerberin arzt ärztin empfänger
empfängerin absender absenderin verfasser verfasserin autor autorin protokoll protokollführer protokollführerin
teilnehmer teilnehmerin teilnehmende anwesend anwesende abwesend entschuldigt verantwortlich zuständig vorgesetzter
vorgesetzte unterschrift inhaber inhaberin geschäftsführer geschäftsführerin vertreten versicherungsnehmer
versicherungsnehmerin versicherte versicherter schuldner schuldnerin gläubiger gläubigerin auftraggeber
auftraggeberin beschäftigter beschäftigte arbeitnehmer arbeitnehmerin kind mutter vater ehepartner ehepartnerin
ehemann ehefrau betreuer betreuerin hausarzt hausärztin zeuge zeugin moderation moderator moderatorin leitung
von an cc bcc kopie from for to sender reply-to signature witness assignee reporter owner contact customer employee applicant tenant
landlord attendees participants present absent author signed manager supervisor requester requested approver
approved chair minutes recipient holder beneficiary insured guest host user bearbeitet erstellt geprüft freigegeben
genehmigt angelegt surname surnames forename forenames firstname lastname attn attention director directors
vertretung stellvertretung stellvertreter stellvertreterin schriftführung schriftführer schriftführerin protokollant
protokollantin gez signed sgd claimant claimants policyholder witness witnesses trainee trainees distribution apologies
pm sponsor responsible accountable consulted informed driver fahrer freigabe notfallkontakt kontaktperson druckbuchstaben
agent agentin angehöriger angehörige nickname spitzname`);

/** Last words of labels that name a role ("Line manager", "Solution architect", "Projektleiterin"): the value is a person. */
export const ROLE_LABEL_TAILS = set(`architect architekt architektin lead leader owner engineer consultant
officer coordinator koordinator koordinatorin director direktor direktorin leitung referent referentin
berater beraterin betreuer betreuerin ansprechpartner ansprechpartnerin sponsor analyst developer entwickler entwicklerin
administrator admin assistent assistentin assistant secretary sekretariat trainer trainerin mentor mentorin buddy
supervisor head chef vorstand vorsitzender vorsitzende sprecher sprecherin beauftragter beauftragte host organiser
organizer presenter facilitator speaker moderator contact person auditor trainee captain skipper kapitän guide
reiseleiter reiseleiterin reiseleitung therapist therapeut therapeutin physiotherapist nurse carer technician techniker
technikerin mechanic mechaniker foreman courier kurier instructor tutor dozent dozentin kursleiter kursleiterin kursleitung
teacher lehrer lehrerin`);

/** Two-word labels ("Erstellt von", "Full name"). Lower-case. */
export const NAME_LABELS_2 = set(`next_of_kin nächster_angehöriger nächste_angehörige name_in_block_capitals name_in_capitals name_in_druckbuchstaben print_name erstellt_von bearbeitet_von geprüft_von freigegeben_von genehmigt_von angelegt_von
vertreten_durch full_name first_name last_name given_name account_holder contact_person created_by assigned_to
zugewiesen_an zugeordnet_an weitergeleitet_an übergeben_an delegiert_an
reported_by requested_by approved_by prepared_by signed_by taken_by message_for statement_of entered_by
entered_on_system_by checked_by reviewed_by fulfilled_by completed_by witnessed_by typed_by dictated_by interviewed_by
keyed_by logged_by verified_by received_by authorised_by authorized_by account_name customer_name patient_name line_manager
first_name(s) first_names preferred_name known_as rufname
gesendet_von im_auftrag z.hd. zu_händen`);

/** Labels of addresses ("Bill to:", "Lieferanschrift:"): not names themselves, nor is their value a name list. */
export const ADDRESS_LABELS = set(`bill_to ship_to sold_to deliver_to invoice_to remit_to billing_address shipping_address
delivery_address rechnung_an lieferung_an lieferanschrift rechnungsanschrift anschrift adresse address`);

/** Opening quotation marks: a quoted name or nickname, 'Sturmtief „Joris“', '"Woody"'. */
export const OPEN_QUOTES = '"„“‚‘\'»«';

/** Words that, following a capitalised run, make it an organisation. */
export const ORG_WORDS = set(`GmbH gGmbH mbH AG KG KGaA OHG GbR UG SE eG e.V eV e.K Co Inc Ltd LLC LLP PLC plc Corp Corporation
Company Limited SA SAS SARL SpA Srl BV NV AB ASA Oy Holding Holdings Group Gruppe Bank Sparkasse Volksbank Versicherung
Versicherungen Stiftung Verlag Verband Verein Partners Partner Partnerschaft Rechtsanwälte Kanzlei Consulting Services
Solutions Systems Technologies Software Media Klinik Klinikum Krankenhaus Hospital University Universität Institut
Institute Hochschule Schule School College Foundation Trust Agentur Agency Studio Studios Labs Motors Airlines Airways
Bau Logistik Immobilien Hotel Restaurant Apotheke Praxis Center Zentrum
Centre Council Association Management Properties Property Housing Surgery Pharmacy Clinic Practice Society Club Authority
Department Dept Ministry Charity Academy Nursery Chambers Solicitors Accountants Builders Contractors Engineering Transport
Haulage Insurance Estates Lettings Healthcare Dental Veterinary Gemeinde Stadtwerke Verwaltung Hausverwaltung Genossenschaft
Haustechnik Elektro Sanitär Metallbau Druckerei Bäckerei Autohaus Pharma Shipping Cosmetics Boutique
Co-operative Cooperative Co-op Coop Cyf Farmers Brokers Rental Hire Underwriting Underwriters
Bestattungen Bestattungsinstitut Malerbetrieb Meisterbetrieb Autoteile Getränke Bautenschutz
Foods Stores Store Shop Supplies Logistics Associates Products Industries Trading Bakery Elementary Kindergarten Grundschule
Sdn Bhd Pty Pvt Traders Textiles Pediatrics Paediatrics Attorneys
Partnership Financial Finance Capital Investments Ventures Brands Pharmaceuticals Energy Coffee Marine Residency Residences
Apartments`);

/**
 * English trades after a founder's name: "Hunter Plumbing", "Liffey Movers", "Devon Inventories".
 * After a surname alone the firm; after a given name and a surname its owner too ("Dylan Price
 * Plumbing", "Saoirse Lynch Photography"), who is a person.
 */
export const TRADES = set(`Plumbing Plumbers Heating Roofing Roofers Removals Movers Inventories Restoration Renewables
Glazing Scaffolding Landscaping Landscapes Gardening Cleaning Cleaners Carpets Flooring Kitchens Bathrooms Electrics
Electricians Plastering Decorating Decorators Surveyors Tyres Coaches Taxis Printing Printers Joinery Joiners Upholstery
Furniture Fencing Paving Drainage Demolition Plant Haulage Couriers Catering Caterers Florists Opticians Funeralcare
Undertakers Garage Autos Motorcycles Cycles Photography Signs Interiors Mechanical`);

/** Legal forms as words: a capitalised run that reaches one within three words is a firm ("Bergmann IT-Services GmbH"). */
export const LEGAL_FORMS = set(`GmbH mbH AG KG OHG GbR UG SE Ltd LLC LLP Inc plc PLC Corp KGaA eK BV NV SA SAS SARL SpA Srl SRL
AB ASA Oy Kft FZE FZCO DAC Sdn Bhd Pty Pvt SL SLU ApS Oyj LP PLLC`);

/** Organisation words that come before the name ("Deutsche Bank", "Sparkasse Köln"). */
export const ORG_PREFIX = set(`Deutsche Deutscher Deutsches Bayerische Commerzbank Sparkasse Volksbank Raiffeisenbank
Stadtwerke Universität Klinikum Hotel Restaurant Apotheke Praxis Kanzlei Firma Fa Autohaus Gasthaus Café Cafe
Elektro Sanitär Heizung Malerbetrieb Malermeister Fahrschule Optik Friseur Friseursalon Physiotherapie`);

/** Tokens that end street names and other places; also checked as a suffix of one token. */
export const STREET_SUFFIX = endsWithAny(
  `straße|strasse|str|gasse|weg|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|brücke|tor|hof|garten|park|kai|promenade|graben|berg|feld|dorf|hausen|heim|ingen|stadt|burg`,
  true,
);
export const STREET_WORDS = set(`Straße Strasse Str Gasse Weg Allee Platz Ring Damm Ufer Chaussee Street St Road Rd
Avenue Ave Lane Ln Drive Dr Boulevard Blvd Way Court Ct Place Pl Square Sq Terrace Close Crescent Highway Hwy`);

/** Between a Malay, Indian-Malaysian or Singaporean name and the father's: "bin", "binti", "s/o", "a/l" (a regex alternation). */
export const PATRONYMIC_LINK = String.raw`(?:bin|binti|bte|binte|[ds]\/o|a\/[lp])`;

/** Particles inside names: "von der Leyen", "van der Berg", "de la Cruz", "Al-Hassan", "bin Salman". */
export const PARTICLES = set(`von van der den de del della di da das dos du la le zu zur vom ten ter op bin ibn al el y dela delos`);

/**
 * Given names among NEVER_NAMES (months, modals): a person where the text treats them as one —
 * greeted ("Hallo Jan,", "Hi Will,", "Dear May,"), before a surname ("Jan Kowalski", "May Chen"),
 * or the given name of someone found ("Will's draft"). "Jan" is a top-50 German given name.
 */
export const WORD_GIVEN_NAMES = set(`Jan Mai May June April August Will Summer Autumn Earl Allen Sunday`);

/**
 * Capitalised words that are never a name on their own: function words capitalised at the start of
 * a sentence, pronouns, months, weekdays, frequent nouns and words of business text that collide
 * with the name lists. Exact surface.
 */
export const NEVER_NAMES = set(`Esq PhD Halle Namaste Homeowner Homeowners Parents Guardians Families Residents Members Colleagues Volunteers Neighbours Neighbors Tue Wed Thu Fri
Facilities Dispatch Reception Accounts Payroll Admin Administration Housekeeping Maintenance Operations Logistics Procurement Purchasing
Helpdesk Reservations Frontdesk Buchhaltung Verwaltung Empfang Kollegium Lehrerkollegium Personalabteilung Hausverwaltung Disposition
Einkauf Vertrieb Geschäftsleitung Sekretariat Redaktion Rezeption Grüezi Servus Moin Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Und Oder Aber Doch Denn Wenn Als
Wie Was Wer Wo Wann Warum Weil Dass Daß Ob Mit Von Vom Zu Zum Zur Bei Beim Nach Vor Seit Aus Auf Für Über Unter Um An Am
Im In Ins Durch Gegen Ohne Bis Ab Ich Du Er Sie Es Wir Ihr Ihre Ihnen Ihrer Ihres Ihrem Ihren Mein Meine Unser Unsere Sein
Seine Dein Deine Euer Eure Man Dies Diese Dieser Dieses Jene Alle Alles Viele Einige Kein Keine Nicht Noch Schon Auch Nur
Sehr Bitte Danke Ja Nein Hallo Liebe Lieber Guten Gute Viele Beste Herzliche Freundliche Grüße Gruß Mfg Anbei Betreff
Betr Hinweis Achtung Info Team Support Service Kunde Kundin Kunden Abteilung Firma Herr Herrn Frau Damen Herren Kollege
Kollegin Kollegen Name Vorname Nachname Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend Januar
Februar März April Mai Juni Juli August September Oktober November Dezember Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov
Dez Frühling Sommer Herbst Winter Ostern Pfingsten Weihnachten Silvester Neujahr Heute Morgen Gestern Anfang Ende Mitte
The A An And Or But If Then When While Where What Who Whom Whose Which Why How This That These Those There Here It Its
He She They We You Your Yours Our Ours Their His Her Him Them Me My Mine I Is Are Was Were Be Been Am Do Does Did Have
Has Had Will Would Shall Should Can Could May Might Must Not No Yes Please Thanks Thank Dear Hi Hello Hey Regards Best
Kind Sincerely Cheers Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March June July
October December Spring Summer Autumn Fall Today Tomorrow Yesterday Mr Mrs Ms Dr Prof Sir Madam Of In On At To For From
By With About As Into After Before Over Under Between Through During Without Within Also Just Only So All Any Some Each
Every Many Much More Most Other Such New Old First Last Next Re Fwd Fw Aw Wg Subject Betreff Von An Cc Bcc From To Sent
Gesendet Datum Date Tel Fax Mobil Mobile Phone Telefon Email Mail Web Www Http Https Internet Adresse Address Straße
Strasse Str Nr Postfach PLZ Ort Stadt Land City Country State Zip Code Id Iban Bic Swift Konto Bank Summe Betrag Euro
Eur Usd Dollar Rechnung Invoice Mahnung Angebot Auftrag Bestellung Order Vertrag Contract Projekt Project Meeting
Termin Protokoll Agenda Punkt Thema Ticket Status Priorität Priority Bug Fix Release Version Update Server Client
Datei File Ordner Folder Seite Page Anhang Attachment Link Chat Gott God Jesus Christ Christus Allah Herrgott Mann Frauen
Männer Kinder Kind Mutter Vater Eltern Sohn Tochter Bruder Schwester Oma Opa Tante Onkel Baby Chef Chefin Boss
Mama Papa Mutti Vati Mum Mom Mummy Dad Daddy Grandma Grandpa Grandad Granny
Slack WhatsApp Zoom Jira Confluence Atlassian Outlook Gmail Workday Consultant Coordinator Administrator Supervisor
Durchwahl Buddy Kita Jungs Berufsschule Erstellt Unassigned Kürzel Kassenwart Kassenwartin Kassierer Kassiererin
Senior Schloß Schloss Owners Locum Fees Yep Anyone Treasurer Technician Homes Trickle Faster Bloods Oxygen Bookings Labrador Spaniel Caller Photographs Accountant HMRC CTA ACA FCA ACCA MRICS FRICS Responsible
Geschäftsführer Geschäftsführung Leitung Vorstand Personal Mitarbeiter Mitarbeiterin Arzt Ärztin Patient Patientin
Deutschland Germany Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Dortmund Essen Leipzig Bremen Dresden
Hannover Nürnberg Wien Zürich Europa Europe Amerika America USA EU UK London Paris Rom Madrid Brüssel Moskau Peking
English Englisch Deutsch German Französisch French Spanish Spanisch Italienisch Italian Türkisch Turkish Polnisch Polish
Christen Dank General Visitor Besucher Besucherin Bot Chatbot Assistant Assistent System Guest Gast Floor Unit Suite Flat Apt Etage Stock
Solange Darin Daran Darauf Damit Dabei Dazu Dafür Davon Dagegen Danach Dann Deshalb Deswegen Daher
Dort Hier Jetzt Nun Also Allerdings Außerdem Jedoch Sowie Sofern Soweit Zwar Insoweit Insbesondere Allen Allem Aller
Andere Anderen Beide Beiden Gerade Immer Nie Ferner Zudem Somit Hierzu Hierbei Hiernach Trotz Wegen Gemäß Laut Sodann
Soll Sollen Kann Können Muss Müssen Darf Dürfen Wird Werden Wurde Wurden Ist Sind War Waren Hat Haben Hatte Hatten Juris Mio Mrd Tsd Earl Duke Lord King Queen Prince Princess Saint Sankt St
Judge Sheriff Garda Gardaí Kenya India China Asia Africa America Europe Vienna Further Following Regarding
Unfortunately Apologies Attached Hiermit Bezugnehmend Leider Oct Dec Employee Employees Employer Manager Managers Customer Customers Staff Supplier Vendor Applicant Candidate
Tenant Landlord Director Assistant Colleague Colleagues User Users Member Members Owner Admin Administrator Record Records Initials Initialen
Signature Unterschrift Azubi Azubine Auszubildende Auszubildender Praktikant Praktikantin Schriftführer Schriftführerin
Kassenwart Kassenwartin Truppmann Truppführer Gruppenführer Zugführer Maschinist Atemschutzgeräteträger
Java Kotlin Python PostgreSQL Postgres MySQL MongoDB Kafka Kubernetes Docker Terraform Ansible GitLab GitHub Bitbucket
Snowflake PagerDuty Opsgenie Grafana Jupyter Teams Hindi Tamil Urdu Bengali Punjabi Gujarati Marathi Telugu Mandarin
Cantonese Arabic Arabisch Russian Russisch Portuguese Portugiesisch Dutch Niederländisch Greek Griechisch Japanese
Japanisch Korean Koreanisch Vietnamese Vietnamesisch Swahili
${HONORIFICS}`);

/** Role nouns after Herr/Frau that are not the name ("Herr Kollege", "Frau Doktor"). Exact. */
export const ROLE_NOUNS = set(`Kollege Kollegin Doktor Professor Professorin Präsident Präsidentin Minister Ministerin
Bürgermeister Bürgermeisterin Vorsitzender Vorsitzende Direktor Direktorin Rechtsanwalt Rechtsanwältin Richter
Richterin Pfarrer Pfarrerin Abgeordneter Abgeordnete Botschafter Botschafterin Kanzler Kanzlerin Senator Senatorin
Oberbürgermeister Oberbürgermeisterin Staatssekretär Staatssekretärin Landrat Landrätin Vorsitzender Nachbar Nachbarin
Kunde Kundin Mieter Mieterin Vermieter Vermieterin Patient Patientin Ober Hauptkommissar Kommissar Kommissarin
Geschäftsführer Geschäftsführerin Chef Chefin Lehrer Lehrerin Sachbearbeiter Sachbearbeiterin Sir Madam President
Chairman Director Secretary Speaker Justice Judge Minister Officer Ambassador Senator Governor Mayor Doctor
Headteacher Headmaster Headmistress`);

/** Context words before a lone surname (a lone surname needs one): "sagte Müller", "laut Schmidt". */
export const PERSON_VERBS_BEFORE = set(`sagte sagt erklärte erklärt betonte betont meinte meint kritisierte kritisiert
forderte fordert schrieb schreibt so laut berichtete berichtet warnte warnt said says told wrote added explained noted
asked according`);

/**
 * Person nouns that stand before a name as an apposition, also as the tail of a compound
 * ("US-Präsident", "Fußball-Experte", "CSU-Politiker", "Popstar", "Polizeichef"): a context
 * class of the model, which learns how much such a word before (or after) a token counts.
 */
export const ROLE_TAIL = endsWithAny(
  `präsident|präsidentin|minister|ministerin|kanzler|kanzlerin|trainer|trainerin|experte|expertin|chef|chefin|sprecher|sprecherin|politiker|politikerin|sänger|sängerin|spieler|spielerin|star|autor|autorin|regisseur|regisseurin|schauspieler|schauspielerin|direktor|direktorin|vorsitzende|vorsitzender|stürmer|torwart|kapitän|abgeordnete|abgeordneter|manager|managerin|gründer|gründerin|komponist|komponistin|malerin|kunstmaler|dichter|dichterin|schriftsteller|schriftstellerin|nachfolger|nachfolgerin|vorgänger|vorgängerin|bischof|könig|königin|kaiser|kaiserin|papst|fürst|fürstin|prinz|prinzessin|oberst|sohn|tochter|bruder|schwester|onkel|tante|mutter|vater|familie|genosse|genossin|witwe|witwer|gattin|enkel|enkelin|cousin|cousine|schwager|schwägerin|neffe|nichte|ehemann|ehefrau|freund|freundin|kollege|kollegin|rivale|rivalin|kandidat|kandidatin|moderator|moderatorin|musiker|musikerin|gitarrist|rapper|boxer|boxerin|fahrer|fahrerin|profi|kommissar|kommissarin|anwalt|anwältin|unternehmer|unternehmerin|philosoph|historiker|journalist|journalistin|kritiker|kritikerin|gemahlin|gemahl|reporter|reporterin|coach`,
  true,
);

/** German noun suffixes: an unknown capitalised word with one of these is a noun, not a surname. */
export const DE_NOUN_SUFFIX = endsWithAny(
  `ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|ität|ismus|ment|ments|chen|lein|nis|nisse|tum|ling|ei|eien|anz|enz|ik|ur|ie|ien|gramm|ator|tät|haus|häuser|zeit|zeiten|tag|tage|jahr|jahre|plan|pläne|wert|werte|stelle|stellen|amt|ämter|bericht|vertrag|antrag|system|programm|gebühr|kosten|preis|liste|daten|nummer|konto|rechnung|termin|büro|zimmer|raum|teil|teile|land|länder|stadt|städte|bank|werk|werke|verfahren|gericht|abteilung|leiter|leiterin|team|gruppe|markt|netz|arbeit|sitzung|frist`,
  false,
);

/** An office, a title, a firm's or a street's word: no neighbour a found name grows over, no grid cell that is a name. */
export function notNamePart(w: string): boolean {
  return TITLES.has(w) || ORG_WORDS.has(w) || STREET_WORDS.has(w) || ROLE_NOUNS.has(w);
}
