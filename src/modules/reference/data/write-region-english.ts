// Writes regions-en.csv: an English name for every region of regions.csv, in Hanyu Pinyin with an English
// generic term ('崂山区' → 'Laoshan District', '青岛市' → 'Qingdao', '山东省' → 'Shandong'). Run after changing
// regions.csv, then write a migration with the new names (see README.md):
//   npx tsx src/modules/reference/data/write-region-english.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { shortRegionName } from '../reference-data.ts';
import { readChineseRegionRows } from '../reference-files.ts';

/** Names whose English form is not their pinyin: the customary names of provinces and regions. */
const customary: Record<string, string> = {
  '150000': 'Inner Mongolia',
  '450000': 'Guangxi',
  '540000': 'Tibet',
  '610000': 'Shaanxi',
  '640000': 'Ningxia',
  '650000': 'Xinjiang',
  '710000': 'Taiwan',
  '810000': 'Hong Kong',
  '820000': 'Macao',
  '370271': 'Hi-tech Zone',
};

/** Pinyin that pinyin-pro reads differently from the place name's own reading. */
const readings: Record<string, string> = {
  六安: "Lu'an",
  蚌埠: 'Bengbu',
  乐清: 'Yueqing',
  番禺: 'Panyu',
  铅山: 'Yanshan',
  东阿: "Dong'e",
  莘县: 'Shen',
  单县: 'Shan',
  曲阜: 'Qufu',
  长治: 'Changzhi',
  长沙: 'Changsha',
  长春: 'Changchun',
  重庆: 'Chongqing',
  厦门: 'Xiamen',
};

/** Ethnic groups named in autonomous areas, with the English names those areas use. */
const ethnicGroups: Record<string, string> = {
  朝鲜: 'Korean', 土家: 'Tujia', 苗: 'Miao', 布依: 'Bouyei', 侗: 'Dong', 彝: 'Yi', 哈尼: 'Hani', 壮: 'Zhuang',
  傣: 'Dai', 白: 'Bai', 景颇: 'Jingpo', 傈僳: 'Lisu', 藏: 'Tibetan', 羌: 'Qiang', 回: 'Hui', 蒙古: 'Mongol',
  柯尔克孜: 'Kirgiz', 哈萨克: 'Kazak', 维吾尔: 'Uygur', 满: 'Manchu', 瑶: 'Yao', 畲: 'She', 黎: 'Li', 土: 'Tu',
  撒拉: 'Salar', 东乡: 'Dongxiang', 保安: 'Bonan', 裕固: 'Yugur', 达斡尔: 'Daur', 鄂温克: 'Ewenki', 鄂伦春: 'Oroqen',
  仫佬: 'Mulao', 毛南: 'Maonan', 仡佬: 'Gelao', 水: 'Shui', 纳西: 'Naxi', 拉祜: 'Lahu', 佤: 'Va', 布朗: 'Blang',
  普米: 'Pumi', 独龙: 'Derung', 怒: 'Nu', 锡伯: 'Xibe', 塔吉克: 'Tajik', 各: 'Various Nationalities',
};
const ethnicNamesLongestFirst = Object.keys(ethnicGroups).sort((a, b) => b.length - a.length);

/**
 * The ethnic groups at the end of an autonomous area's stem (延边朝鲜族 → 延边, [Korean]). Without 族 only names
 * of two characters or more count, so that a place ending in 水 or 土 keeps its name.
 */
function splitEthnicGroups(stem: string): { place: string; groups: string[] } {
  const groups: string[] = [];
  let place = stem;
  for (let found = true; found; ) {
    found = false;
    for (const group of ethnicNamesLongestFirst) {
      const withSuffix = place.endsWith(`${group}族`);
      if (!withSuffix && !(group.length >= 2 && place.endsWith(group))) continue;
      place = place.slice(0, place.length - group.length - (withSuffix ? 1 : 0));
      groups.unshift(ethnicGroups[group]!);
      found = true;
      break;
    }
  }
  return { place, groups };
}

/** Generic terms at the end of a name, longest first; the part before them is written in pinyin. */
const genericTerms: [string, string][] = [
  ['高新技术产业开发区', 'Hi-tech Industrial Development Zone'],
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['开发区', 'Development Zone'],
  ['管理区', 'Administrative Zone'],
  ['新区', 'New Area'],
  ['林区', 'Forest District'],
  ['地区', 'Prefecture'],
  ['盟', 'League'],
  ['旗', 'Banner'],
  ['区', 'District'],
  ['县', 'County'],
  ['省', ''],
  ['市', ''],
];

/** Syllables joined into one word, with an apostrophe where a syllable would otherwise run into the last. */
function pinyinWord(text: string): string {
  if (readings[text]) return readings[text];
  const syllables = pinyin(text, { toneType: 'none', type: 'array' });
  const word = syllables.map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const placeNames = new Set(readChineseRegionRows().flatMap((row) => [row.name, shortRegionName(row.name)]));

/**
 * A long stem names several things (河北衡水, 长春净月): it is split after every place name it starts with, each
 * part a word of its own.
 */
function words(stem: string): string[] {
  const parts: string[] = [];
  let rest = stem;
  while (rest) {
    let length = rest.length;
    if (rest.length >= 4) for (let end = rest.length - 1; end >= 2; end--) {
      if (placeNames.has(rest.slice(0, end))) {
        length = Math.min(length, end);
        break;
      }
    }
    parts.push(rest.slice(0, length));
    rest = rest.slice(length);
  }
  return parts;
}

export function englishRegionName(code: string, name: string): string {
  if (customary[code]) return customary[code];
  for (const [term, english] of genericTerms) {
    if (!name.endsWith(term)) continue;
    const stem = name.slice(0, -term.length);
    // A name that is only the generic term (郊区) keeps the term's reading in its pinyin.
    if (stem.length === 0) break;
    const { place, groups } = term.startsWith('自治') || stem.endsWith('族') ? splitEthnicGroups(stem) : { place: stem, groups: [] };
    const peoples = groups.length > 1 ? `${groups.slice(0, -1).join(', ')} and ${groups.at(-1)}` : groups.join('');
    return [...words(place).map(pinyinWord), peoples, english].filter(Boolean).join(' ');
  }
  return pinyinWord(name);
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = readChineseRegionRows().map((row) => `${row.code},${csvCell(englishRegionName(row.code, row.name))}`);
  const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regions-en.csv');
  fs.writeFileSync(target, `code,name_en\n${lines.join('\n')}\n`);
}
