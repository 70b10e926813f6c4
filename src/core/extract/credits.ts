/**
 * The closing credits of a mirrored article: the responsible editor (责任编辑) and the link to the
 * original article (原文地址 / 原文链接).
 */
import { cleanText } from '../text.ts';

/** The editor line closes the body, followed at most by trailers (相关视频, copyright, 【诚征荣誉会员】…). */
const TAIL_PARAGRAPHS = 6;
/** Longer paragraphs are story text that merely mentions an editor. */
const MAX_CREDIT_LENGTH = 80;
/** One or a few names (`胡力汉、许书婷、嘉远`), never a clause. */
const EDITOR_NAMES = /^[^，。！？：:,]{1,16}$/u;

/**
 * `责任编辑：林燕#`, `責任編輯：鄭欣`, NTD `（记者X报导/责任编辑：文慧）`, RFA `记者：乔龙 责编：胡力汉、嘉远 网编：瑞哲`.
 * The name runs to a closing parenthesis, `#` (also full-width `＃`, 8 files), `；`, or the
 * next credit (`网编`). `负责编辑` ("in charge of editing") is not a label.
 */
const EDITOR = /(?:责任编辑|責任編輯|(?<!负|負)责编|(?<!负|負)責編)[：:]?(?<name>[^）)#＃；;]*?)(?:网编|網編|[）)#＃；;]|$)/u;

/**
 * The editor named after 责任编辑/責任編輯/责编 in the body's last paragraphs, without a trailing `#`.
 * Several editors are kept together as written (`高义、高静`, `林靜心/文思敏`), as the labels do.
 * 2019 希望之声 pages put the label and the name in separate elements: when they arrive as separate
 * paragraphs, a bare `责任编辑：` takes the name from the next one.
 */
export function findEditor(paragraphs: readonly string[]): string | null {
  const texts = paragraphs.map(cleanText);
  const start = Math.max(0, texts.length - TAIL_PARAGRAPHS);
  for (let index = texts.length - 1; index >= start; index--) {
    const text = texts[index]!;
    if (text.length > MAX_CREDIT_LENGTH) continue;
    const match = EDITOR.exec(text);
    if (match === null) continue;
    const name = cleanName(match.groups?.name ?? '');
    if (EDITOR_NAMES.test(name)) return name;
    const next = cleanName(texts[index + 1] ?? '');
    if (name === '' && EDITOR_NAMES.test(next)) return next;
  }
  return null;
}

function cleanName(text: string): string {
  return text.replace(/[#＃\s]+$/u, '').trim();
}

/** `原文地址（需翻墙访问）：` (gens B–E) wins over `原文链接：` (gen A), which some stories also use inside the body. */
const ORIGINAL_URL_LABELS = [/原文地址(?:[（(]需翻墙访问[）)])?[：:]/gu, /原文链接[：:]/gu];

/**
 * The URL after 原文地址（需翻墙访问）： or 原文链接： in the text of the original-URL line. Raw CJK in the
 * URL is kept (Minghui paths hold the title). The last labelled URL is taken: the line closes the page.
 */
export function findOriginalUrl(text: string): string | null {
  for (const label of ORIGINAL_URL_LABELS) {
    const urls = [...text.matchAll(label)]
      .map((match) => urlAt(text.slice(match.index + match[0].length)))
      .filter((url) => url !== null);
    if (urls.length > 0) return urls[urls.length - 1]!;
  }
  return null;
}

/** The URL that starts the text: everything up to whitespace, minus trailing sentence punctuation. */
function urlAt(text: string): string | null {
  const match = /^\s*(?<url>(?:https?:\/\/|www\.)[^\s<>"']+)/u.exec(text);
  if (match === null) return null;
  return match.groups!.url!.replace(/[。，、；,;]+$/u, '');
}
