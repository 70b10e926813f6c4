import { describe, expect, it } from 'vitest';
import { findEditor, findOriginalUrl } from '../../src/core/extract/credits.ts';

const STORY = '市议会周二通过了一项新的预算案，多名议员对此表示支持。';

describe('findEditor', () => {
  it('reads the editor line without the trailing #, half- or full-width', () => {
    expect(findEditor([STORY, '责任编辑：林晓#'])).toBe('林晓');
    expect(findEditor([STORY, '责任编辑：林晓  #'])).toBe('林晓');
    expect(findEditor([STORY, '责任编辑：林晓＃'])).toBe('林晓');
  });

  it('reads traditional characters', () => {
    expect(findEditor([STORY, '責任編輯：鄭曉'])).toBe('鄭曉');
  });

  it('keeps several editors together as written', () => {
    expect(findEditor([STORY, '责任编辑：高远、高平#'])).toBe('高远、高平');
    expect(findEditor([STORY, '责任编辑：林晓/文雅'])).toBe('林晓/文雅');
  });

  it('reads the editor out of the NTD closing parenthetical, with either closing parenthesis', () => {
    expect(findEditor([STORY, '（记者邵宁综合报导/责任编辑：方谨）'])).toBe('方谨');
    expect(findEditor([STORY, '（转自大纪元/责任编辑：方谨)'])).toBe('方谨');
  });

  it('reads the RFA 责编 up to the web editor', () => {
    expect(findEditor([STORY, '记者：梁文杰 责编：胡敏 嘉华 网编：凌风'])).toBe('胡敏嘉华');
    expect(findEditor([STORY, '（特约记者：雪松；责编：胡敏）'])).toBe('胡敏');
  });

  it('finds the line before trailers such as related videos and copyright notes', () => {
    const tail = [STORY, '（责任编辑：方谨）', '相关视频：市议会预算案辩论', '希望之声版权所有，未经希望之声书面允许，不得转载，违者必究。'];
    expect(findEditor(tail)).toBe('方谨');
  });

  it('takes the name from the next paragraph when the label stands alone', () => {
    expect(findEditor([STORY, '责任编辑：', '云帆'])).toBe('云帆');
  });

  it('gives null without an editor line, and ignores editors mentioned in the story', () => {
    expect(findEditor([STORY, '编辑/于蓝 后制/夏川'])).toBeNull();
    expect(findEditor([STORY, '责任编辑：'])).toBeNull();
    expect(findEditor([STORY, '这本刊物由他负责编辑'])).toBeNull();
    const mention = `${STORY}该报责任编辑：王某在接受采访时表示，他对这份预算案的内容并不知情，也从未参与过任何讨论。`;
    expect(findEditor([mention])).toBeNull();
  });
});

describe('findOriginalUrl', () => {
  it('reads the URL after either label', () => {
    expect(findOriginalUrl('原文地址（需翻墙访问）：https://www.epochtimes.com/gb/22/10/25/n13852569.htm')).toBe(
      'https://www.epochtimes.com/gb/22/10/25/n13852569.htm',
    );
    expect(findOriginalUrl('原文链接：https://cn.reuters.com/article/city-budget-idCNKCS1LG0S2?feedType=RSS&feedName=chinaNews')).toBe(
      'https://cn.reuters.com/article/city-budget-idCNKCS1LG0S2?feedType=RSS&feedName=chinaNews',
    );
  });

  it('keeps raw CJK and full-width parentheses in the URL', () => {
    const url = 'http://www.minghui.org/mh/articles/2019/6/6/市议会通过预算案（图）-388348.html';
    expect(findOriginalUrl(`原文地址（需翻墙访问）：${url}`)).toBe(url);
  });

  it('stops at whitespace: the tail navigation follows the line', () => {
    const text = '原文地址（需翻墙访问）：https://www.ntdtv.com/gb/2022/10/25/a103559524.html\n\n\n------------------------\n首页 | 美国新闻';
    expect(findOriginalUrl(text)).toBe('https://www.ntdtv.com/gb/2022/10/25/a103559524.html');
  });

  it('prefers the 原文地址 line over a 原文链接 cited inside the story', () => {
    const text = '原文链接：http://kzg.io/b53fMv\n（责任编辑：方谨）\n原文地址（需翻墙访问）：https://www.ntdtv.com/gb/2018/11/04/a1397844.html';
    expect(findOriginalUrl(text)).toBe('https://www.ntdtv.com/gb/2018/11/04/a1397844.html');
  });

  it('gives null without a labelled URL', () => {
    expect(findOriginalUrl('手机上长按并复制下列链接或二维码分享本文章：')).toBeNull();
    expect(findOriginalUrl('原文链接')).toBeNull();
  });
});
