/**
 * The names staff write for an administrative level: Chinese (县, 区, 市, 省, 镇…) and English
 * (`county`). tongchou has five levels; a county (县), a county-level city (县级市) and a banner (旗)
 * rank with a district (区), a prefecture (地区, 州, 盟) with a city, a town (镇), a township (乡) and a
 * subdistrict (街道) with each other (QB-38).
 */
import { LEVELS, type Level } from '../../model/calendar.js';

const SYNONYMS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ...['中央', '国家', '国家级', 'national'].map((s) => [s, 'central'] as const),
  ...['省', '省级', '自治区', '直辖市', 'provincial'].map((s) => [s, 'province'] as const),
  ...['市', '市级', '地级市', '地市', '地区', '州', '自治州', '盟', 'prefecture'].map((s) => [s, 'city'] as const),
  ...['区', '区级', '县', '县级', '县级市', '自治县', '旗', '自治旗', '林区', '特区', 'county'].map((s) => [s, 'district'] as const),
  ...['乡', '镇', '乡镇', '乡级', '镇级', '民族乡', '街道', '街道办', '苏木', 'town', 'subdistrict'].map((s) => [s, 'township'] as const),
]);

/**
 * The level a configured value names.
 * @param value - as written in the config
 * @returns the level and whether it was written as a synonym; null for a value that names none
 * @example
 * levelOf('县') //=> { level: 'district', synonym: true }
 * levelOf('district') //=> { level: 'district', synonym: false }
 */
export function levelOf(value: string): { readonly level: Level; readonly synonym: boolean } | null {
  const exact = LEVELS.find((l) => l === value);
  if (exact !== undefined) return { level: exact, synonym: false };
  const trimmed = value.trim();
  const folded = LEVELS.find((l) => l === trimmed.toLowerCase());
  if (folded !== undefined) return { level: folded, synonym: true };
  const level = SYNONYMS.get(trimmed) ?? SYNONYMS.get(trimmed.toLowerCase());
  return level === undefined ? null : { level, synonym: true };
}
