/**
 * The text layer (src/core/text.ts) on invented strings: whitespace as a reader sees it, and text whose
 * UTF-8 bytes were read as Latin-1 (mojibake) turned back into what the outlet wrote.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, repairMojibake } from '../../src/core/text.ts';

/** The text as a page that decoded its UTF-8 bytes as Latin-1 shows it: one character per byte. */
function readAsLatin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('decodes a Chinese sentence read as Latin-1', () => {
    const sentence = '王小明(音译，Xiaoming Wang)昨天在北京表示，会议于3月5日举行。';
    expect(readAsLatin1('中国时间')).toBe('ä¸\u00adå\u009b½æ\u0097¶é\u0097´');
    expect(repairMojibake(readAsLatin1(sentence))).toBe(sentence);
  });

  it('decodes a mojibake run that stands next to correct Chinese text', () => {
    expect(repairMojibake(`标题：${readAsLatin1('河边的小镇')}`)).toBe('标题：河边的小镇');
  });

  it('repairs inside cleanText before whitespace is collapsed (byte 0xA0 is NBSP in Latin-1)', () => {
    // 吠 is E5 90 A0 in UTF-8: read as Latin-1 it ends in a no-break space.
    expect(readAsLatin1('吠')).toContain('\u00a0');
    expect(cleanText(`\n  ${readAsLatin1('狗吠声')}\n `)).toBe('狗吠声');
  });

  it.each([
    ['French', 'Un café au lait, s’il vous plaît.'],
    ['German', 'Herr Müller grüßt aus Köln.'],
    ['a guillemet after an accented letter', '« voilà»'],
    ['Spanish', 'El niño comió piñata.'],
    ['a lone lead byte', 'Ã'],
    ['lead bytes without their continuation bytes', 'Ã( and â\u0080'],
    ['an encoded surrogate (ED A0 80), which UTF-8 forbids', 'í\u00a0\u0080'],
    ['plain ASCII', 'Joe Biden said so.'],
    ['correct Chinese', '中国时间2018年9月16日'],
  ])('leaves %s alone', (_, text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('leaves a run alone when part of it is no valid UTF-8 (genuine Latin-1 next to mojibake)', () => {
    const mixed = `café ${readAsLatin1('中国')}`;
    expect(repairMojibake(mixed)).toBe(mixed);
  });

  it('is idempotent', () => {
    const repaired = repairMojibake(readAsLatin1('薛先生在费城认罪。'));
    expect(repairMojibake(repaired)).toBe(repaired);
  });
});

describe('cleanText', () => {
  it('drops whitespace next to CJK and keeps one space between Latin words', () => {
    expect(cleanText('鲍里斯‧\n  约翰逊 （Boris \u00a0Johnson）')).toBe('鲍里斯‧约翰逊（Boris Johnson）');
  });
});
