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

/** Family names as written with and without their marks: those in the first list need two given syllables after them. */
const FAMILY_SHORT = 'Le Lê Do Đỗ Ho Hồ Ha Hà Vo Võ Vu Vũ Ly Lý Ta Tạ La Vi Lu Lữ Ngo Ngô Mac Mạc Lam Lâm Mai Cao Thai Thái Tong Tống Chau Châu Doan Đoàn Giang Kieu Kiều Quach Quách Thach Thạch Trieu Triệu Luu Lưu'.split(' ');
const FAMILY_LONG =
  'Nguyen Nguyễn Tran Trần Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Dang Đặng Bui Bùi Duong Dương Truong Trương Dinh Đinh Trinh Trịnh Luong Lương Vuong Vương Diep Diệp Khuc Khúc Nghiem Nghiêm Phung Phùng Ton Tôn Tang Tăng'.split(' ');
const SHORT = new Set(FAMILY_SHORT.flatMap((f) => [f, f.toUpperCase()]));
/** A family name, title case or capitals, before a blank and a capital; the boundary before it is checked in code. */
let family: RegExp | undefined;
function familyPattern(): RegExp {
  const forms = [...FAMILY_LONG, ...FAMILY_SHORT].flatMap((f) => [f, f.toUpperCase()]);
  forms.sort((a, b) => b.length - a.length);
  return (family ??= new RegExp(`(?:${forms.join('|')}) (?=\\p{Lu})`, 'gu'));
}
/** The given syllables after a family name: up to three short capitalised words, single blanks between. */
const SYLLABLES = /\p{Lu}[\p{L}\p{M}]{0,6}(?: \p{Lu}[\p{L}\p{M}]{0,6}){0,2}/uy;
const LETTER = /[\p{L}\p{M}\p{N}'’-]/u;

/** Given syllables, without their marks. */
const SYLLABLE = new Set(
  `an anh bach bao bich binh cam chau chi chinh cong cuc cuong dai dan dang danh dao dat diem diep dinh doan duc dung duy
duong gia giang ha hai han hang hanh hao hau hien hieu hoa hoai hoan hoang hong hue hung huong huu huy huyen kha khai
khang khanh khoa khoi khue kien kim lam lan le lien linh loan loc loi long luan luong ly mai manh minh my nam nga ngan
nghia ngoc nguyen nguyet nhan nhat nhi nhu nhung oanh phat phong phu phuc phuong quan quang que quoc quy quyen quynh
sang son tai tam tan thach thai thang thanh thao thi thien thinh tho thu thuan thuc thuy tien tin toan tram tri trieu
trinh trong trung truong tu tuan tuong tuyen tuyet uyen van vi viet vinh vu vy xuan yen`.split(/\s+/),
);

/** The word's letters without marks, "Đ" as "D", in lower case: the syllable list's form. */
function key(w: string): string {
  return (/^[A-Za-z]+$/.test(w) ? w : asciiFold(w).replace(/[Đđ]/g, 'D')).toLowerCase();
}

/** Spans of Vietnamese names, family name first (see above). */
export function vietnameseNames(text: string): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = [];
  const re = familyPattern();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (at > 0 && LETTER.test(text.charAt(at - 1))) continue;
    const fam = m[0].slice(0, -1);
    SYLLABLES.lastIndex = at + m[0].length;
    const g = SYLLABLES.exec(text);
    if (!g) continue;
    const words = g[0].split(' ');
    let n = 0;
    while (n < words.length && SYLLABLE.has(key(words[n]!))) n++;
    // The name ends where a syllable ends: not inside a longer word ("Tran Verkauf", "Vu Thi Huongs").
    let end = at + m[0].length + words.slice(0, n).join(' ').length;
    if (n > 0 && LETTER.test(text.charAt(end))) {
      n--;
      end = at + m[0].length + words.slice(0, n).join(' ').length;
    }
    // One case for all: "Vu Thi Huong" or "VU THI HUONG".
    const caps = fam === fam.toUpperCase();
    if (!words.slice(0, n).every((w) => (w === w.toUpperCase()) === caps)) continue;
    // "Ho Chi Minh City", "Ho-Chi-Minh-Stadt": the city.
    if ((fam === 'Ho' || fam === 'HO') && /^ City\b/.test(text.slice(end, end + 6))) continue;
    if (n < (SHORT.has(fam) ? 2 : 1)) continue;
    out.push({ start: at, end, score: 0.8 });
    re.lastIndex = end;
  }
  return out;
}
