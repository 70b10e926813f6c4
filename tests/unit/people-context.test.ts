/**
 * People named without a modern role or a speech verb next to them: reading lists, emperors, imperial
 * offices, classical narration, tweet signatures, `叫` + name, and names that a story keeps repeating.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/core/extract/people.ts';

function names(paragraphs: string[]): string[] {
  return extractPeople({ title: '', paragraphs, captions: [], exclude: [] }).map((p) => p.name);
}

describe('season words', () => {
  it('are not names, even where a surname character starts them', () => {
    expect(names(['荷兰议员玛丽克‧德扬（Marieke de Jong）表示，第一批文件预计在今年夏天发布，秋季开始施工。'])).toEqual(['玛丽克‧德扬']);
  });
});

describe('authors of a reading list', () => {
  it('takes the authors that open an entry before the book title', () => {
    expect(names(['参考书目', '班固，《汉书》，东汉', '王充、王符等，《论衡》，东汉', '苏辙《栾城集》'])).toEqual([
      '班固',
      '王充',
      '王符',
      '苏辙',
    ]);
  });

  it('takes the Latin author that opens a numbered note, not a publication', () => {
    const notes = ['[7] Dana Clouse,“Rock Music and Sleep,”Way of Life, 2011.', '[8] Valerie A. Winter, The Minstrels (Tulsa, 1974).', '[9] The Verge, 2019.'];
    expect(names(notes)).toEqual(['Dana Clouse', 'Valerie A. Winter']);
  });

  it('does not read an adverb opening a sentence before a title as a name', () => {
    expect(names(['曾出演《红楼梦》中的一个小角色。'])).toEqual([]);
  });
});

describe('historical names', () => {
  it('finds an emperor by dynasty and temple or posthumous name', () => {
    expect(names(['唐太宗即位以后，常与大臣论政；汉武帝则好神仙之说。'])).toEqual(['唐太宗', '汉武帝']);
  });

  it('does not take an empire, an era word or ancestors for an emperor', () => {
    expect(names(['清朝帝国衰落时，宋代祖先的祠堂也荒废了，说明，帝王之业难守。'])).toEqual([]);
  });

  it('finds a name after an imperial office', () => {
    expect(names(['后来，知府范文清在任三年，百姓安居。'])).toEqual(['范文清']);
  });

  it('finds a name introduced as 姓X名Y, where the story names the person again', () => {
    expect(names(['村里有个书生，姓韩名庭，家境贫寒。', '后来韩庭中了进士。'])).toEqual(['韩庭']);
    expect(names(['他隐姓埋名而去，又改名换姓。'])).toEqual([]);
  });

  it('finds the speaker of classical narration, also after 问/答', () => {
    expect(names(['张良笑曰：“此事可成。”黄忠问曰：“何以知之？”'])).toEqual(['张良', '黄忠']);
  });
});

describe('other places where names stand', () => {
  it('finds the author of an embedded tweet, not an account named after an outlet', () => {
    expect(names(['—蔡明远 (@cai_mingyuan) July 2, 2020', '— 财经观察 (@caijing) July 3, 2020'])).toEqual(['蔡明远']);
  });

  it('finds a name after 叫', () => {
    expect(names(['村里有个叫刘大海的木匠，手艺很好。'])).toEqual(['刘大海']);
  });

  it('finds a name after a role that ends at 家 (the person’s home)', () => {
    expect(names(['警察闯进法轮功学员赵德明家抄家。'])).toEqual(['赵德明']);
  });

  it('reads 傅 as a surname', () => {
    expect(names(['傅明远表示，他会继续上诉。'])).toEqual(['傅明远']);
  });

  it('reads 洪 as a surname, but not in 洪水', () => {
    expect(names(['警察刘苏剑（音）、洪晨中等四人闯入。然而洪水说来就来。'])).toEqual(['刘苏剑', '洪晨中']);
  });

  it('reads 赖 and 尚 as surnames', () => {
    expect(names(['加拿大律师赖文华表示，此案证据不足。'])).toEqual(['赖文华']);
    expect(names(['吉林学员尚春华被传唤。'])).toEqual(['尚春华']);
  });
});

describe('entries of a case list', () => {
  it('takes the names that open the entries, without the sex that may follow', () => {
    const list = ['被迫害的学员：', '王秀兰2021年4月24日被绑架', '赵国华，二零一九年三月五日被判刑', '孙建男1968/11/11', '林淑芬'];
    expect(names(list)).toEqual(['王秀兰', '赵国华', '孙建', '林淑芬']);
  });

  it('takes the names after a bullet or a parenthesised number', () => {
    const list = ['◎张文清，广东省学员，二零零零年被绑架。', '▼杨秋，派出所恶警。', '（22）王立川', '（25）陈再兴', '（26）董安', '◎白山'];
    expect(names(list)).toEqual(['张文清', '杨秋', '王立川', '陈再兴', '董安']);
  });

  it('needs several entries: one paragraph opening on a name and a date is no list', () => {
    expect(names(['彭博9月3日引述知情人士说，计划尚未定案。'])).toEqual([]);
  });
});

describe('names a story keeps repeating', () => {
  it('takes a three-character name that recurs where names stand', () => {
    const story = ['2019年春，孙立群调任县农业局局长。', '此后，孙立群收受他人财物。', '法院认定，孙立群的受贿罪成立。'];
    expect(names(story)).toEqual(['孙立群']);
  });

  it('counts a sighting right after a role, but not one before a name dot', () => {
    expect(names(['校长张庆华当时要她签字。', '第二天，张庆华又来了。'])).toEqual(['张庆华']);
    expect(names(['议员艾略特·恩格尔到场。', '，艾略特发言，艾略特·恩格尔说。'])).not.toContain('艾略特');
  });

  it('does not take a recurring word that also stands inside a longer word', () => {
    const story = ['高血压是常见病。', '父亲患高血压多年。', '，高血压，糖尿病都要控制。'];
    expect(names(story)).toEqual([]);
  });

  it('takes a name the story repeats four times, even where it follows a verb in half of them', () => {
    const story = ['，林启泽，五十岁。', '，林启泽，商人。', '警方调查林启泽', '检方起诉林启泽'];
    expect(names(story)).toEqual(['林启泽']);
  });

  it('does not take a candidate that follows a verb or noun in more than half of its occurrences', () => {
    const story = ['，林启泽，五十岁。', '，林启泽，商人。', '警方调查林启泽', '检方起诉林启泽', '法院审理林启泽'];
    expect(names(story)).toEqual([]);
  });

  it('does not take a known name plus a verb for a longer name', () => {
    const story = ['王毅说，会谈顺利。', '王毅延长了访问。', '，王毅延期回国。', '，王毅延后发言。'];
    expect(names(story)).toEqual(['王毅']);
  });

  it('needs more than one sighting', () => {
    expect(names(['去年，孙立群调任县农业局局长。'])).toEqual([]);
  });
});
