import { describe, expect, it } from 'vitest';
import { articleDate, dateFromPictures, dateFromUrl, findDateline, findPublishedDate, toIsoDate } from '../../src/core/extract/dateline.ts';

describe('toIsoDate', () => {
  it('reads Chinese numerals digit by digit for years and with 十 for months and days', () => {
    expect(toIsoDate('二零二零', '二', '二十一')).toBe('2020-02-21');
    expect(toIsoDate('二〇一六', '十', '三十')).toBe('2016-10-30');
    expect(toIsoDate('一九九九', '十二', '十')).toBe('1999-12-10');
    expect(toIsoDate('二零二一', '十一', '十九')).toBe('2021-11-19');
  });

  it('reads Arabic, zero-padded, full-width and two-digit-year parts', () => {
    expect(toIsoDate('2021', '05', '20')).toBe('2021-05-20');
    expect(toIsoDate('２０２１', '５', '７')).toBe('2021-05-07');
    expect(toIsoDate('21', '5', '20')).toBe('2021-05-20');
  });

  it('refuses dates that do not exist or cannot be read', () => {
    expect(toIsoDate('2021', '02', '29')).toBeNull();
    expect(toIsoDate('2020', '02', '29')).toBe('2020-02-29');
    expect(toIsoDate('2021', '13', '1')).toBeNull();
    expect(toIsoDate('2021', '十十', '1')).toBeNull();
    expect(toIsoDate('', '5', '1')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads the date of every outlet’s URL shape', () => {
    expect(dateFromUrl('https://www.epochtimes.com/gb/21/5/20/n12963233.htm')).toBe('2021-05-20');
    expect(dateFromUrl('http://www.epochtimes.com/gb/6/12/30/n1573484.htm')).toBe('2006-12-30');
    expect(dateFromUrl('https://www.ntdtv.com/gb/2022/10/25/a103559524.html')).toBe('2022-10-25');
    expect(dateFromUrl('https://www.secretchina.com/news/gb/2020/08/18/943914.html')).toBe('2020-08-18');
    expect(dateFromUrl('http://www.soundofhope.org/gb/2019/09/17/n3187809.html')).toBe('2019-09-17');
    expect(dateFromUrl('http://www.minghui.org/mh/articles/2021/2/7/市议会预算案-419619.html')).toBe('2021-02-07');
    expect(dateFromUrl('https://www.voachinese.com/a/city-budget-vote-20180831/4552255.html')).toBe('2018-08-31');
    expect(dateFromUrl('https://www.voachinese.com/a/voaweishi-20180910-city-budget/4564756.html')).toBe('2018-09-10');
    expect(dateFromUrl('https://www.rfa.org/mandarin/pinglun/city-budget-07262019161648.html')).toBe('2019-07-26');
  });

  it('gives null for URLs without a date', () => {
    expect(dateFromUrl('https://www.soundofhope.org/post/384508')).toBeNull();
    expect(dateFromUrl('https://cn.reuters.com/article/city-budget-0902-idCNKCS1LI0DA?feedType=RSS')).toBeNull();
    expect(dateFromUrl('http://kzg.io/b53fMv')).toBeNull();
  });
});

describe('dateFromPictures', () => {
  it('reads the filing date of the first Reuters picture, for a dateline that gives no year', () => {
    const pictures = ['https://example.org/a.jpg', '//s3.reutersmedia.net/resources/r/?m=02&d=20181231&t=2&i=1&w=20'];
    expect(dateFromPictures(pictures)).toBe('2018-12-31');
    // 路透北京1月1日 read with a picture filed on 2018-12-31 is 2019-01-01, the nearest such day.
    expect(findDateline(['路透北京1月1日 - 市场开盘平稳。'], { referenceDate: dateFromPictures(pictures) })?.date).toBe('2019-01-01');
  });

  it('ignores other hosts, impossible days and pages without pictures', () => {
    expect(dateFromPictures(['https://example.org/resize?d=20180831'])).toBeNull();
    expect(dateFromPictures(['//s3.reutersmedia.net/resources/r/?m=02&d=20181345&w=20'])).toBeNull();
    expect(dateFromPictures([])).toBeNull();
    expect(findDateline(['路透北京8月31日 - 市场开盘平稳。'], { referenceDate: null })?.date).toBeNull();
  });
});

describe('findPublishedDate and articleDate', () => {
  const voa = ['2018年9月3日 01:30', '华盛顿 —', '市议会周二通过了一项新的预算案。'];

  it('reads a published-date line at the top of the body', () => {
    expect(findPublishedDate(voa)).toEqual({ date: '2018-09-03', time: '01:30' });
    expect(findPublishedDate(['市议会周二通过了一项新的预算案。'])).toBeNull();
  });

  it('prefers the dateline, then the published line, then the URL', () => {
    const epoch = ['【大纪元2020年09月28日讯】市议会周二通过了一项新的预算案。'];
    const url = 'https://www.epochtimes.com/gb/20/9/27/n12434718.htm';
    expect(articleDate(findDateline(epoch), epoch, url)).toBe('2020-09-28');
    const gallery = ['2018年9月3日 01:09', '本图集精选市议会的照片。'];
    expect(articleDate(findDateline(gallery), gallery, 'https://www.voachinese.com/a/4549400.html')).toBe('2018-09-03');
    const essay = ['市议会周二通过了一项新的预算案。'];
    expect(articleDate(findDateline(essay), essay, url)).toBe('2020-09-27');
    expect(articleDate(null, essay, null)).toBeNull();
  });
});
