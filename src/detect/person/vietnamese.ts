/**
 * Vietnamese names, family name first: "Tran Quoc Bao", "Vu Thi Huong", "Pham Thu Ha",
 * "Nguyễn Văn An", "NGUYEN THI LAN".
 *
 * Why: the given names are syllables ("Quoc", "Bao", "Huong") that the given-name lists hold only
 * in part and that are mostly no words, and "Vu", "Le", "Ho" look like nothing at all; the rules
 * found "Thi Huong" and left the family name, or nothing (blind51). A family name from the short
 * list that nearly every Vietnamese bears, followed by given syllables from a list, each a short
 * capitalised word on one line, is one name. Family names that are also short words elsewhere
 * ("Le", "Do", "Ho", "Ha", "Vu", "Ly") need two syllables after them; the others one.
 */
import { asciiFold } from '../../util/chars.js';

/** Family names, without their marks (asciiFold): the first set needs two given syllables after it. */
const FAMILY_SHORT = new Set('Le Do Ho Ha Vo Vu Ly Ta La Vi Lu Ngo Mac Lam Mai Cao Thai Tong Chau Doan Giang Kieu Quach Thach Trieu Luu'.split(' '));
const FAMILY = new Set('Nguyen Tran Pham Hoang Huynh Phan Dang Bui Duong Truong Dinh Trinh Luong Vuong Diep Khuc Nghiem Phung Ton Tang'.split(' '));

/** Given syllables, without their marks. */
const SYLLABLE = new Set(
  `an anh bach bao bich binh cam chau chi chinh cong cuc cuong dai dan dang danh dao dat diem diep dinh doan duc dung duy
duong gia giang ha hai han hang hanh hao hau hien hieu hoa hoai hoan hoang hong hue hung huong huu huy huyen kha khai
khang khanh khoa khoi khue kien kim lam lan le lien linh loan loc loi long luan luong ly mai manh minh my nam nga ngan
nghia ngoc nguyen nguyet nhan nhat nhi nhu nhung oanh phat phong phu phuc phuong quan quang que quoc quy quyen quynh
sang son tai tam tan thach thai thang thanh thao thi thien thinh tho thu thuan thuc thuy tien tin toan tram tri trieu
trinh trong trung truong tu tuan tuong tuyen tuyet uyen van vi viet vinh vu vy xuan yen`.split(/\s+/),
);

/** Two to four capitalised (or all-capital) words of up to seven letters, single blanks between, on one line. */
const RUN = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}]{0,6}(?: \p{Lu}[\p{L}\p{M}]{0,6}){1,3}(?![\p{L}\p{M}\p{N}'’-])/gu;

/** The word's letters without marks, "Đ" as "D", in title case: the lists' form. */
function key(w: string): string {
  const f = asciiFold(w).replace(/[Đđ]/g, 'D');
  return f.charAt(0).toUpperCase() + f.slice(1).toLowerCase();
}

/** Spans of Vietnamese names, family name first (see above). */
export function vietnameseNames(text: string): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const words = m[0].split(' ');
    // The name may start at any word of the run: "Aushilfe Tran Quoc Bao".
    let at = m.index;
    for (let i = 0; i < words.length - 1; i++) {
      const fam = key(words[i]!);
      const short = FAMILY_SHORT.has(fam);
      if (short || FAMILY.has(fam)) {
        let j = i + 1;
        while (j < words.length && j - i <= 3 && SYLLABLE.has(key(words[j]!).toLowerCase())) j++;
        const syllables = j - i - 1;
        // One case for all: "Vu Thi Huong" or "VU THI HUONG".
        const caps = words[i] === words[i]!.toUpperCase();
        const sameCase = words.slice(i + 1, j).every((w) => (w === w.toUpperCase()) === caps);
        // "Ho Chi Minh City", "Ho-Chi-Minh-Stadt": the city.
        const city = fam === 'Ho' && (words[j] === 'City' || /^(?: City\b|-)/.test(text.slice(at + words.slice(i, j).join(' ').length)));
        if (sameCase && !city && syllables >= (short ? 2 : 1)) {
          const end = at + words.slice(i, j).join(' ').length;
          out.push({ start: at, end, score: 0.8 });
          break;
        }
      }
      at += words[i]!.length + 1;
    }
  }
  return out;
}
