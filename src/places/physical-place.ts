/**
 * Whether a LOCATION names a place one has to be at. Online meetings put their join link in
 * LOCATION (`https://meeting.tencent.com/…`, Teams and Zoom links); a link is not a room that can
 * be double-booked, nor a place one travels to.
 */
import type { Places } from './places-types.js';

/**
 * The canonical physical place of a LOCATION or room name, or null for none or an online link.
 * @param places - the place lookup
 * @param text - LOCATION value or room name as written
 * @returns the canonical place, or null when empty or a URL
 * @example
 * physicalPlace(createPlaces([], []), 'https://meeting.tencent.com/dm/abc')
 * //=> null
 */
export function physicalPlace(places: Places, text: string | null): string | null {
  if (text === null) return null;
  // A hybrid meeting writes the room and the join link together ("301会议室（腾讯会议 https://…）",
  // "Microsoft Teams 会议; 301会议室"): the room is still booked, so only the online part is removed.
  const withoutLinks = text
    .replace(/(?:(?:https?|ftp):\/\/|\bwww\.)[^\s（）()<>"“”，,；;]+/giu, ' ')
    .split(/[;；\n]/u)
    .map((part) => part.replace(/[（(][^（()）]*[)）]/gu, (inner) => (ONLINE_ONLY.test(inner.slice(1, -1).trim()) || inner.slice(1, -1).trim() === '' ? ' ' : inner)))
    .map((part) => part.trim())
    .filter((part) => part !== '' && !ONLINE_ONLY.test(part));
  if (withoutLinks.length === 0) return null;
  return places.canonical(withoutLinks.join(' '));
}

/**
 * Names of online meeting services as office staff type them into LOCATION when the meeting is
 * online (the link goes in DESCRIPTION). They are no room and no place to travel to.
 */
const ONLINE_ONLY =
  /^(?:腾讯会议|钉钉(?:视频)?会议|飞书(?:视频)?会议|企业微信(?:会议)?|华为云会议|welink(?:会议)?|zoom(?:\s*meeting)?|(?:microsoft\s+)?teams(?:\s*(?:会议|meeting))?|webex(?:\s*meeting)?|skype(?:\s*(?:会议|meeting))?|google\s*meet|视频会议|线上(?:会议)?|网络会议|在线会议|电话会议|online(?:\s*meeting)?)[:：\s\d-]*$/iu;
