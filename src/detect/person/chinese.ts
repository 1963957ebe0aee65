/**
 * Chinese names in Latin letters, family name first: "Lee Wai Kit", "Cheah Mei Ling",
 * "WONG KAR MUN" (Singapore, Malaysia, Hong Kong; Mandarin pinyin too: "Wang Xiao Yu").
 *
 * Why: the given names are syllables ("Wai", "Kit", "Kar", "Mun") that no given-name list holds
 * as names and most of which are no words either, so the rules found "Lee Wai" or "Mei Ling" and
 * left the rest, or nothing (blind36). A listed family name followed by two listed syllables, each
 * a short capitalised word on one line, is one name; with one syllable only it would be too weak
 * ("Tan Lin", "Ho Chi"), so two are required.
 */
import { titled } from './names.js';

/** Family names as romanised in Mandarin pinyin, Cantonese, Hokkien, Teochew, Hakka and Hainanese. */
const FAMILY = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Gao Lin Luo Zheng Liang Xie Song Tang Han Feng
Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Su Ding Ren Lu Yao Shen Zhong Cui Tan Fan Liao Shi
Jin Wei Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Shao Mao Hao Kong Gong Qian
Wong Chan Cheung Lau Lee Ng Ho Leung Lam Tsang Chow Yip Tse Kwok Lai Fung Yeung Mak Au Chu Lo Lui Siu Tam Chiu Kwan Chung
Yuen Ko Poon Hui Yau Choi Choy Tong Yiu Tsui Hung Szeto Ngai Shum Sze Lim Goh Ong Teo Koh Chua Yeo Low Chong Leong Yap Tay
Chew Foo Sim Toh Soh Loh Quek Chin Liew Siew Khoo Teh Ooi Choo Heng Seah Phua Neo Ang Kang Png Pang Seow Sng Tee Wee
Yong Yeoh Yew Khaw Kuah Liow Loke Mok Poh Sia Soo Tham Thong Tiong Woo Yee Boey Chai Chee Cheong Chia Chiam Chiew Chong
Choong Chuah Fong Gan Gwee Hee Hoe Kee Khong Kok Kua Kwek Leow Lian Lok Looi Lum Mah Oh Seet Siah Tai Teng Yam Cheah
Ngiam Kho Tio Toh Thio Eu Aw Khor Lum Hew Voon Vun Foong`.split(/\s+/),
);

/** Syllables of given names in the same romanisations (none that is mostly an English word). */
const SYLLABLE = new Set(
  `ah ai an ang bao bee beng bi bin bing bo boon bu cai can chai chan chang chao chee cheng chew chi chia chian chiang
chin ching choo chong choon chu chuan chun chye da dan de di ding dong en eng er fa fai fan fang fei fen feng fong fook foong
fu gang gao ge guan gui guo hai han hao heng hin ho hock hoe hoi hon hong hoon hou hua huai huan huang huat hui hwa hwee
jia jian jiang jiao jie jin jing jiu ju juan jun kah kai kam kar keat kee keng kheng kian kiat kin king kit kok kuan
kwan kwok kwong lai lan lay lee lei leng leong li lian liang lik lin ling liu lok long loong lu lun luo lye mei meng mi
miao min ming mo mui mun na nam nan ngan ni ning pei peng pik ping po poh pui qi qian qiang qin qing qiong qiu rong ru rui
sai san sek seng shan shao sheng shi shing shu shuang shun si siang siew sin siong siu song soo soon suet sui sum sun
swee tak tat tao teck teik thye tian tin ting tong tuck tze wah wai wan wee wei weng wing woon xi xia xian xiang xiao xin
xing xiong xiu xu xuan xue ya yan yang yao yat ye yee yew yi yik yin ying yoke yong you yu yuan yue yuen yuk yun ze zhao
zhe zhen zheng zhi zhong zhou zhu zi`.split(/\s+/),
);

/** Three short capitalised (or all-capital) ASCII words, blank-separated, on one line. */
const TRIPLE = /(?<![\p{L}\p{M}\p{N}'’-])([A-Z][a-z]{1,6}|[A-Z]{2,7})[ ]([A-Z][a-z]{1,5}|[A-Z]{2,6})[ -]([A-Z][a-z]{1,5}|[A-Z]{2,6})(?![\p{L}\p{M}\p{N}'’-])/gu;


/** Spans of Chinese names, family name first (see above). */
export function chineseNames(text: string): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = [];
  TRIPLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIPLE.exec(text))) {
    const [, fam, a, b] = m as unknown as [string, string, string, string];
    // One case for all three: "Lee Wai Kit" or "LEE WAI KIT", not "Lee WAI Kit".
    const caps = fam === fam.toUpperCase();
    if ((a === a.toUpperCase()) !== caps || (b === b.toUpperCase()) !== caps) {
      TRIPLE.lastIndex = m.index + fam.length + 1;
      continue;
    }
    // "Ho Ho Ho" is a laugh, "DING DONG DING" a bell.
    if (FAMILY.has(titled(fam)) && SYLLABLE.has(a.toLowerCase()) && SYLLABLE.has(b.toLowerCase()) && fam !== a && fam !== b) {
      out.push({ start: m.index, end: m.index + m[0].length, score: 0.8 });
    } else {
      // The next triple may start at the second word: "Salesperson Lee Wai Kit".
      TRIPLE.lastIndex = m.index + fam.length + 1;
    }
  }
  return out;
}
