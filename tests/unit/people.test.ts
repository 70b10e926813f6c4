/**
 * People extraction on invented sentences: each rule of src/core/extract/people.ts and each trap of
 * ../shared/corpus/REPORT.md §6 has a case here. No sentence is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractPeople, type PeopleInput } from '../../src/core/extract/people.ts';
import type { Person } from '../../src/core/types.ts';

function people(paragraphs: string[], more: Partial<PeopleInput> = {}): Person[] {
  return extractPeople({ title: '', paragraphs, captions: [], exclude: [], ...more });
}

function names(paragraphs: string[], more: Partial<PeopleInput> = {}): string[] {
  return people(paragraphs, more).map((p) => p.name);
}

function person(paragraphs: string[], name: string, more: Partial<PeopleInput> = {}): Person {
  const found = people(paragraphs, more).find((p) => p.name === name);
  if (!found) throw new Error(`${name} not found in ${JSON.stringify(people(paragraphs, more).map((p) => p.name))}`);
  return found;
}

describe('transliterated names joined by a middle dot', () => {
  it.each([
    ['‧', 'U+2027'],
    ['·', 'U+00B7'],
    ['．', 'U+FF0E'],
    ['・', 'U+30FB'],
    ['•', 'U+2022'],
    ['･', 'U+FF65'],
    ['∙', 'U+2219'],
    ['⋅', 'U+22C5'],
    ['.', 'ASCII'],
  ])('reads 汤姆%s克鲁斯 (%s)', (dot) => {
    expect(names([`周二，演员汤姆${dot}克鲁斯抵达会场。`])).toEqual([`汤姆${dot}克鲁斯`]);
  });

  it('reads everyday characters that transliterate inside a dotted name, not at its outer edge', () => {
    expect(names(['经济学鼻祖亚当‧斯密曾说，工程师迈克尔·琼斯和塞缪尔·麦克康纳也到了。'])).toEqual(['亚当‧斯密', '迈克尔·琼斯', '塞缪尔·麦克康纳']);
    expect(names(['鲍勃·诺伊斯那个时候已经离开。'])).toEqual(['鲍勃·诺伊斯']);
    expect(names(['詹姆斯·当时说，他很好。'])).not.toContain('詹姆斯·当');
  });

  it('takes any short surname after a dot when the Latin original follows', () => {
    expect(person(['经济学家汤米·吴（Tommy Wu）说，作家奥斯卡‧王尔德（Oscar Wilde）写过。'], '汤米·吴').nameEn).toBe('Tommy Wu');
    expect(names(['经济学家汤米·吴（Tommy Wu）说，作家奥斯卡‧王尔德（Oscar Wilde）写过。'])).toEqual(['汤米·吴', '奥斯卡‧王尔德']);
  });

  it('leaves a title after a dotted name out of it, also before the Latin original', () => {
    expect(person(['协调人黛博拉·伯克斯博士（Deborah Birx）说，疫情趋缓。'], '黛博拉·伯克斯').nameEn).toBe('Deborah Birx');
    expect(names(['首席医疗官托尼·霍洛汉博士说，疫情趋缓。'])).toEqual(['托尼·霍洛汉']);
  });

  it('does not take 于 before a date into a dotted surname', () => {
    expect(names(['大法官露丝·巴德·金斯伯格于2020年去世。'])).toEqual(['露丝·巴德·金斯伯格']);
    expect(names(['法国导演让·雷于二〇二〇年去世。'])).toEqual(['让·雷']);
  });

  it('takes a short given name whole after a role when the two-word Latin original follows', () => {
    expect(person(['电台主持人瑞秋·卡森（Rachel Carson）说，瑞秋·卡森当时在场。'], '瑞秋·卡森')).toMatchObject({ nameEn: 'Rachel Carson', mentions: 2 });
    expect(names(['支持议员的威廉·贝克（William Baker）说，合作继续。'])).toEqual(['威廉·贝克']);
  });

  it('keeps a middle initial inside a dotted name', () => {
    expect(names(['这一做法始于乔治·W·布什政府时期，美国总统约翰·F·肯尼迪说过。'])).toEqual(['乔治·W·布什', '约翰·F·肯尼迪']);
  });

  it('takes the Latin original in full-width or ASCII parentheses, with NBSP, as nameEn', () => {
    expect(person(['国务卿安东尼‧布林肯（Antony Blinken）周三抵达。'], '安东尼‧布林肯').nameEn).toBe('Antony Blinken');
    expect(person(['前副国务卿托尼·布林肯\u00a0(Tony\u00a0Blinken)曾说过。'], '托尼·布林肯').nameEn).toBe('Tony Blinken');
  });

  it('drops position notes, dates and descriptions from the parenthesis', () => {
    expect(person(['会议上，海伦娜‧施密特（Helena Schmidt，左二）发言。'], '海伦娜‧施密特').nameEn).toBe('Helena Schmidt');
    expect(person(['医生约翰‧斯诺（John Snow，1813年3月15日－1858年6月16日）研究霍乱。'], '约翰‧斯诺').nameEn).toBe('John Snow');
  });

  it('does not take a photo credit in parentheses for the name', () => {
    const found = person(['参议员米奇.麦康奈尔在国会山发言。(Drew Angerer/Getty Images)'], '米奇.麦康奈尔');
    expect(found.nameEn).toBeNull();
    expect(names(['参议员米奇.麦康奈尔在国会山发言。(Drew Angerer/Getty Images)'])).not.toContain('Drew Angerer');
  });

  it('keeps the role in front out of the name and records it', () => {
    const found = person(['英国前首相鲍里斯‧约翰逊（Boris Johnson）周日宣布退出。'], '鲍里斯‧约翰逊');
    expect(found.roles).toEqual(['英国前首相']);
  });

  it('reads a name whose syllables a tag split (cleanText has already joined them)', () => {
    expect(names(['候选人莉兹‧特拉斯（Liz Truss）在辩论中占优。'])).toEqual(['莉兹‧特拉斯']);
  });

  it('reads Uyghur names with dots and hyphenated syllables', () => {
    expect(names(['学者伊力哈木‧土赫提（Ilham Tohti）的女儿再次呼吁。'])).toEqual(['伊力哈木‧土赫提']);
    expect(names(['白宫发言人卡琳·让-皮埃尔（Karine Jean-Pierre）回答提问。'])).toEqual(['卡琳·让-皮埃尔']);
  });

  it('ends one name and starts the next inside a long dotted run', () => {
    expect(names(['律师乔·拜登和财政官员珍妮特·耶伦都在名单上。'])).toEqual(['乔·拜登', '珍妮特·耶伦']);
  });

  it('does not take book chapters, dynasties or dotted dates for names', () => {
    expect(names(['他引用《史记·项羽本纪》的记载。', '南朝．梁的文献，九·一一事件之后。'])).toEqual([]);
  });

  it('does not take a university named after a person for that person', () => {
    expect(names(['约翰·霍普金斯大学的统计显示病例上升。'])).toEqual([]);
  });
});

describe('a Latin name in parentheses after a Chinese name', () => {
  it('finds the name after a role without a dot', () => {
    const found = person(['澳洲外交部长佩恩（Marise Payne）与各方会谈。'], '佩恩');
    expect(found).toMatchObject({ nameEn: 'Marise Payne', roles: ['澳洲外交部长'] });
  });

  it('skips a transliteration note before the Latin name', () => {
    expect(person(['48岁的工程师范小兰(音译，Xiaolan Fan，女)已经认罪。'], '范小兰').nameEn).toBe('Xiaolan Fan');
    expect(person(['同案被告吴路西（音译：Lucy Wu）。'], '吴路西').nameEn).toBe('Lucy Wu');
  });

  it('takes the whole Chinese name after a role, even one holding a particle-like character', () => {
    expect(names(['警方逮捕了核工程师何则安（Zean He）。'])).toEqual(['何则安']);
    expect(names(['参与研究的科学家曾晓林（音译，Xiaolin Zeng）说，结果可靠。'])).toEqual(['曾晓林']);
  });

  it('reads a syllable that usually stops names inside a transliteration, not after a place word', () => {
    expect(person(['当地居民弗里德曼（Lisa Friedman）宣布，游行取消。'], '弗里德曼').nameEn).toBe('Lisa Friedman');
    expect(names(['发言人斯里纳特（Ravi Srinath）表示，外长将出席。'])).toEqual(['斯里纳特']);
    expect(person(['她在城里约翰森（Mark Johnsen）的店中打工。'], '约翰森').nameEn).toBe('Mark Johnsen');
  });

  it('does not take a company before its Latin name for a person', () => {
    expect(names(['制造商美国洛克希德马丁公司（Lockheed Martin）发表声明。'])).toEqual([]);
  });

  it('does not take a quoted term with its original inside the quotes for a person', () => {
    expect(names(['美国指控他参与“想哭(WannaCry)”病毒袭击。'])).toEqual([]);
    expect(names(['他说：“彭斯（Mike Pence）明天来。”'])).toEqual(['彭斯']);
    expect(person(['一位化名“李安娜（Anna Leigh）”的女士说。'], '李安娜').nameEn).toBe('Anna Leigh');
  });

  it('does not take places, parties or companies for people', () => {
    const text = ['两国外长在雷克雅未克（Reykjavik）会面，意大利兄弟党（Brothers of Italy）获胜，任诺药业公司（Renopharma）被起诉。'];
    expect(names(text)).toEqual([]);
  });
});

describe('a role or title next to a Chinese name', () => {
  it('finds the name right after the role', () => {
    expect(person(['外长王毅周一会见来访客人。'], '王毅').roles).toEqual(['外长']);
    expect(names(['法轮功学员郑秋云被非法关押。'])).toEqual(['郑秋云']);
  });

  it('reads a transliteration of everyday syllables between a role and a speech verb', () => {
    expect(names(['澳洲总理莫里松说，原则不变。州长库门表示，措施延长。'])).toEqual(['莫里松', '库门']);
    expect(names(['总统大选说明了问题，丈夫多次告诉他们，总理莫里松访问北京。'])).toEqual([]);
  });

  it('takes a whole three-character name after a role when its last character commonly ends given names', () => {
    expect(names(['天主教神父杨建华离奇失踪，董事长王健林昨天露面。'])).toEqual(['杨建华', '王健林']);
    expect(names(['香港特首陈冯富珍离任，旅游团领队苏格兰首府一游。'])).toEqual([]);
  });

  it('ends a name after a role before the verbs officials are named with', () => {
    expect(names(['副市长许昆明调任省里，大使崔天成参加聚会，院长刘润田非法判刑，处长邓炳坤公开表态。'])).toEqual(['许昆明', '崔天成', '刘润田', '邓炳坤']);
    expect(names(['官员吴仪兼任组长，警察杨林拿出证件。'])).toEqual([]);
  });

  it('ends a pair of names before 作为', () => {
    expect(names(['他正式委托莫少安、尚宝林作为代表律师。'])).toEqual(['莫少安', '尚宝林']);
  });

  it('ends the name before 亲自, 多次, 涉嫌 or 落马', () => {
    expect(names(['原公安局副局长张国栋涉嫌受贿，政委杜国华亲自带队。'])).toEqual(['张国栋', '杜国华']);
  });

  it('stops the name at a place or a time (the dateline of a wire story)', () => {
    expect(names(['发言人高立德台北时间3日表示，会议延期。'])).toEqual(['高立德']);
  });

  it('finds the name after a role and 的, when the name surely ends', () => {
    expect(names(['时任县公安局长的郝志刚，在会上点名批评，前任市委书记的钱立忠说，账目不清。'])).toEqual(['郝志刚', '钱立忠']);
    expect(names(['总统的权力受到限制，部长的高度评价引起争议。'])).toEqual([]);
  });

  it('does not read the word after a role as a name', () => {
    expect(names(['总理办公室发表声明，国务卿发布消息，发言人表示反对，总统权力受到限制。'])).toEqual([]);
  });

  it('finds the name before a title', () => {
    expect(names(['据清华大学钱立群教授估计，数字还在上升。'])).toEqual(['钱立群']);
  });

  it('finds a name before a note on age, sex or transliteration in parentheses', () => {
    expect(names(['被绑架的有易县付淑兰（女），还有徐瑞明（六十岁）和王青（音）。'])).toEqual(['付淑兰', '徐瑞明', '王青']);
    expect(names(['高队长（女）在场，县城（10岁以下儿童免票），他们住在王家庄（音乐之乡）。'])).toEqual([]);
  });

  it('does not take a place in a photo for a person: places take position notes too', () => {
    expect(names(['图为王府井（左）和陆家嘴（右）。', '展出的Tesla Cybertruck（右二）。'])).toEqual([]);
  });

  it('finds the person after 元凶, 领袖 or 长官, and the object of 控告, 会见 or 追随', () => {
    expect(names(['迫害元凶罗干文，行政长官崔世明，他控告麦康纳，总统会见舒墨时，追随彭海的人。'])).toEqual(['罗干文', '崔世明', '麦康纳', '舒墨', '彭海']);
    expect(names(['反对派领袖林卓廷说，他不同意。'])).toEqual(['林卓廷']);
  });

  it('finds the person after a kinship word or a description', () => {
    expect(names(['游行车上坐着林老将军之子林卫东，以及他的嫡孙林小川。'])).toEqual(['林卫东', '林小川']);
    expect(names(['香港富豪冯启元被拘押，公司会计邵美华也被带走，头子吴国庆下令。'])).toEqual(['冯启元', '邵美华', '吴国庆']);
    expect(names(['警方逮捕美国公民包启忠，妄图栽赃；他的同学孔繁星和邻居钟玉珍都不信。'])).toEqual(['包启忠', '孔繁星', '钟玉珍']);
  });

  it('finds the police and court staff of persecution reports', () => {
    expect(names(['片警曹立华多次上门，庭长何英明拒绝立案，城管协管马学武也参与。'])).toEqual(['曹立华', '何英明', '马学武']);
    expect(names(['恶警扇耳光，恶警泼冷水。'])).toEqual([]);
    expect(names(['物业主任王建明说，孙子涵说。'])).toEqual(['王建明', '孙子涵']);
  });

  it('does not read the word after 少年 or 受害者 as a name', () => {
    expect(names(['他参加北京少年宫举办的比赛，为受害者申冤。'])).toEqual([]);
  });

  it('finds the person after any kind of scholar (…学家)', () => {
    expect(names(['知名法学家洪章远再发长文，哲学家马尔库塞1974年断言，汉学家林瑞德（Perry Lind）也表态。'])).toEqual(['洪章远', '马尔库塞', '林瑞德']);
  });

  it('finds the person an appointment names', () => {
    expect(names(['人大常委会决定任命唐二军为司法部部长，行政长官委任雷添明为主席，家里聘请沈志远为辩护律师。'])).toEqual(['唐二军', '雷添明', '沈志远']);
    expect(names(['他获提名诺贝尔和平奖，任命书已经下达。'])).toEqual([]);
  });

  it('finds a full name before an honorific title inside a longer run', () => {
    expect(names(['经济前辈夏道安先生说，吉林市李琪兰老人在场，总协调朱婉茹律师同意。'])).toEqual(['夏道安', '李琪兰', '朱婉茹']);
    expect(names(['大陆游客夫妇说，师范大学教授和中文系老教授，还有主任管轶博士、大陆李明先生，以及橡皮子弹等人群控制物。'])).toEqual([]);
    // 叶刘淑仪 is a married name of four characters: no three of them are the name.
    expect(names(['建制派议员梁美芬、叶刘淑仪等人出席。'])).not.toContain('刘淑仪');
  });

  it('finds the name before a speech verb, also after an adverb', () => {
    expect(names(['对此，陆文涛说，他不会退出。'])).toEqual(['陆文涛']);
    expect(names(['副行长兼首席财务官汤立群也表示，风险可控。'])).toEqual(['汤立群']);
  });

  it('finds a speaker label opening a paragraph', () => {
    expect(names(['孔令辉：我们先谈谈背景。'])).toEqual(['孔令辉']);
  });

  it('takes a tagged term that is a whole three-character Chinese name, not a place or a shorter term', () => {
    const taggedTerms = ['邵光远', '江西省', '华为', '马六甲', '张家口'];
    expect(names(['前部长邵光远老家在江西省，曾在华为、马六甲和张家口工作。'], { taggedTerms })).toEqual(['邵光远']);
    expect(names(['前部长邵光远老家在江西省。'])).toEqual([]);
  });

  it('takes a full name opening a paragraph on 是, unless its first two characters stand without the third', () => {
    expect(names(['郑泽衡是一位退休的桥梁工程师。'])).toEqual(['郑泽衡']);
    expect(names(['林场主是村里最富的人。', '林场的树已经砍光。'])).toEqual([]);
    expect(names(['白皮书是政府发布的文件。', '张家口是一座城市。'])).toEqual([]);
  });

  it('reads a four-character Japanese name after a Japanese office, and only there', () => {
    expect(names(['日本经济产业大臣森田健介、韩国外长金成民出席。'])).toEqual(['森田健介', '金成民']);
    expect(names(['韩国外交部长联席会议，外长金成民出席。'])).toEqual(['金成民']);
    expect(names(['日本首相近日访问，日本外务大臣当天表示，日本防卫大臣周三会见，访问日本的美国国务卿昨天抵达，'])).toEqual([]);
  });

  it('takes the name before 的 and a work in 《》 for its author, but not a verb after an office', () => {
    expect(names(['他低声背诵洛尔卡的《梦游人谣》，以及冯友兰的《中国哲学简史》。'])).toEqual(['洛尔卡', '冯友兰']);
    expect(names(['学校教务处申报的《教学改革方案》获批。'])).toEqual([]);
    // A newspaper's city, a credit in parentheses: no work, no author.
    expect(names(['据莫斯科的《真理报》报道，会议推迟。'])).toEqual([]);
    expect(names(['莫斯科的（图片来源：美联社）广场上人很多。'])).toEqual([]);
  });

  it('takes a commentary or blog byline opening the title for a name, even a pen name without a surname', () => {
    expect(names(['雪后的街道安静。'], { title: '评论 | 青禾：冬天里的一条街' })).toEqual(['青禾']);
    expect(names(['雪后的街道安静。'], { title: '青禾RFA博客：冬天里的一条街' })).toEqual(['青禾']);
    expect(names(['雪后的街道安静。'], { title: '专栏 | 不同的声音：冬天里的一条街' })).toEqual([]);
    expect(names(['雪后的街道安静。'], { title: '评论 | 美国大选：冬天里的一条街' })).toEqual([]);
    expect(names(['雪后的街道安静。'], { title: '中国博客：冬天里的一条街' })).toEqual([]);
  });

  it('does not take 于 before a date into the name', () => {
    expect(names(['律师张展于2月初前往武汉，张展说，她要去看看。'])).toEqual(['张展']);
  });

  it('leaves out anonymous references', () => {
    expect(names(['王女士说，李先生和张某都在场，一名官员表示不知情，刘姓男子拒绝回答。'])).toEqual([]);
    expect(names(['陈领事表示，会面取消；法官周桂兰和赵太师说，此案另议。'])).toEqual(['周桂兰']);
  });

  it('reads 家, 伯 and 叔 in the middle of a full name, but not as a family or an elder', () => {
    expect(names(['特首李家宏表示，导演王家坤的电影很好。刘伯渊说，林叔平也表示同意。'])).toEqual(['李家宏', '王家坤', '刘伯渊', '林叔平']);
    expect(names(['王家的院子里，张伯伯说，童家长表示，张家口市也来了人。'])).toEqual([]);
    expect(names(['学员刘家中被抄。据说，陈家有人被抓。每年，王家过年时热闹。每年，王家过年时热闹。'])).toEqual([]);
  });

  it('reads a particle that opens a given name when a sure end follows, but not a conjunction between surnames', () => {
    expect(names(['黄之淳说，局势紧张。张而达表示反对，钱其炎指出，林和坤认为不妥。'])).toEqual(['黄之淳', '张而达', '钱其炎', '林和坤']);
    expect(names(['陪审员郭从安、缪大全；陪审员王从军说'])).toEqual(['郭从安', '缪大全', '王从军']);
    expect(names(['部长陈时安（左）说，金日达表示，主教陈日明指出，朴今顺说。'])).toEqual(['陈时安', '金日达', '陈日明', '朴今顺']);
    expect(names(['文后来又说，他马上会到。'])).toEqual([]);
    expect(names(['柯从未表示，韩时常说，李今早表示，王年初表示，蔡无意表示。'])).toEqual([]);
    expect(names(['王和李说，会议推迟。张以为，没有问题。他曾之前表示，张自己说不去。'])).toEqual([]);
  });

  it('does not read a name out of 为何, 儿童, 高声, a list of policies or a place (吉布提, 布鲁克林)', () => {
    expect(names(['为何施教授不回应？五百名儿童集体被迁走，西方通过高税收、高福利进行再分配。'])).toEqual([]);
    expect(names(['事实上，对于儿童来说，病毒不危险。纽约的布鲁克林作为移民区很有名。'])).toEqual([]);
    expect(names(['一位记者高声喊到他的名字。刚果共和国、吉布提和赞比亚的债务上升，吉布提从七家银行借款。'])).toEqual([]);
  });

  it('does not read an everyday word after a weekday for a name', () => {
    expect(names(['世卫上周拒绝宣布紧急状态。'])).toEqual([]);
  });
});

describe('pseudonyms', () => {
  it('takes a quoted net name or pen name of any shape after the word that introduces it', () => {
    expect(names(['一位网名“河边柳”的网友留言说，署名「Lake_01」的帖子已被删除。'])).toEqual(['河边柳', 'Lake_01']);
  });

  it('takes a name signed under a commentary', () => {
    expect(names(['报纸曾发表署名林安的评论员文章。', '另一篇署名为郑海平的文章也被转发。'])).toEqual(['林安', '郑海平']);
  });

  it('does not take a quoted word after other words', () => {
    expect(names(['这种叫“清零”的政策被称为“动态清零”。'])).toEqual([]);
  });
});

describe('lists', () => {
  it('takes every name of a list once one member is known', () => {
    expect(names(['法轮功学员贺春梅被判刑。', '同案的还有贺春梅、宋玉芳、龚建业，他们都已上诉。'])).toEqual(['贺春梅', '宋玉芳', '龚建业']);
  });

  it('takes a list whose inner items are all names', () => {
    expect(names(['名单上有孟昭华、邱德明、孙玉兰、姜国栋这几个名字。'])).toEqual(['孟昭华', '邱德明', '孙玉兰', '姜国栋']);
  });

  it('takes a pair of names with sure ends', () => {
    expect(names(['名单上只有郑光华、缪大林。'])).toEqual(['郑光华', '缪大林']);
  });

  it('does not take a pair of outlets for names', () => {
    expect(names(['消息见于歐華網、歐時網。'])).toEqual([]);
  });

  it('reads a list whose items end with a note in parentheses', () => {
    expect(names(['学员陈贵英（七十七岁）、郭素芳当天被带走。'])).toEqual(['陈贵英', '郭素芳']);
  });

  it('takes the partner of a known name joined by 和, 与 or 及', () => {
    expect(names(['学员周桂兰被绑架。', '警察带走了周桂兰和程秀林。'])).toEqual(['周桂兰', '程秀林']);
    expect(names(['作家李明远表示反对。', '当年吴文英与李明远在上海相识。'])).toEqual(['李明远', '吴文英']);
  });

  it('does not take the word after a known name and 和 without a sure end', () => {
    expect(names(['学员周桂兰被绑架。', '周桂兰和高血压斗争多年。'])).toEqual(['周桂兰']);
  });

  it('takes an inner item without a known surname amid three names or more, but no familiar or anonymous form', () => {
    expect(names(['被判刑的学员有王秀兰、苍丽华、孙建国、粉秋、刘玉芬等人。'])).toEqual(['王秀兰', '苍丽华', '孙建国', '粉秋', '刘玉芬']);
    expect(names(['学员王秀兰被绑架。', '被带走的有王秀兰、老丁、孙建国、郭大姐、刘玉芬、辜婆、陈玉兰。'])).toEqual(['王秀兰', '孙建国', '刘玉芬', '陈玉兰']);
    expect(names(['病例出现在王庄、杭州、苍南、义乌和上海。'])).toEqual([]);
  });

  it('does not take a list of places for names', () => {
    expect(names(['病例出现在江苏、浙江、安徽和上海。'])).toEqual([]);
  });
});

describe('Latin names in the sentence', () => {
  it('finds a Latin name before a speech verb', () => {
    expect(names(['加拿大的Gerald表示支持，美国的Maria Lopez说：“我们会继续。”'])).toEqual(['Gerald', 'Maria Lopez']);
  });

  it('finds a full Latin name right after a role, whatever follows it', () => {
    const story = ['安省市长 Darla Benning发来贺信。', '国会议员Orin Maple-Ross在当晚发言，主席Grover Joseph Reed III：“我们支持。”'];
    expect(names(story)).toEqual(['Darla Benning', 'Orin Maple-Ross', 'Grover Joseph Reed III']);
    expect(person(story, 'Darla Benning').roles).toEqual(['安省市长']);
  });

  it('reads a Latin name after a role whole, in any alphabet, after a colon, without a possessive or a final initial', () => {
    expect(names(['总理Recep Tayyip Erdoğan表示，总统Aleksandar Vučić说，发言人：John Kirbey在会上说明。'])).toEqual([
      'Recep Tayyip Erdoğan',
      'Aleksandar Vučić',
      'John Kirbey',
    ]);
    expect(names(['市长John Smithe’s office回应，议员John A.在会上。'])).toEqual([]);
  });

  it('takes a Latin name after 名叫 but not a group after 名为', () => {
    expect(names(['嫌犯名叫Daniel Peter Rintell。', '一个名为Safeguard Defenders的组织。'])).toEqual(['Daniel Peter Rintell']);
  });

  it('reads the companions, managers and professions of audience reports as roles', () => {
    const story = ['会计师Lorna Whitby和太太Mae Whitby观看了演出。', '公司主管Paul Rockmore表示赞叹，司长米锋宣称疫情好转。'];
    expect(names(story)).toEqual(['Lorna Whitby', 'Mae Whitby', 'Paul Rockmore', '米锋']);
  });

  it('finds a full Latin name before a title (先生, 女士, 夫妇), but not a title starting with The', () => {
    expect(names(['Marla Mazurek女士与母亲观看了演出，Jesse Stockman先生也来了，Jason Thorne夫妇说很美。'])).toEqual([
      'Marla Mazurek',
      'Jesse Stockman',
      'Jason Thorne',
    ]);
    expect(names(['据The Verge先生专栏报导，局部图（The Starry Night）很美。'])).toEqual([]);
    expect(names(['在Palo Alto一家咖啡馆，Mayo Clinic医生表示。'])).toEqual([]);
  });

  it('folds the surname said later into the Latin name after a role', () => {
    const found = person(['自由党国会议员Arif Ramani在当晚的发言中表示支持。', 'Ramani说，法案会通过。'], 'Arif Ramani');
    expect(found.mentions).toBe(2);
  });

  it('does not take one Latin word or an organisation after a role for a person', () => {
    expect(names(['公司总裁Tesla发布新车，董事长Acme Holdings宣布收购。'])).toEqual([]);
  });

  it('folds the given name alone into the one person who has it', () => {
    const found = person(['前国务卿希拉里·克林顿周二发言。希拉里说，她不会参选。'], '希拉里·克林顿');
    expect(found.mentions).toBe(2);
    expect(names(['前国务卿希拉里·克林顿周二发言。希拉里说，她不会参选。'])).toEqual(['希拉里·克林顿']);
    expect(person(['学者马克·吐温说过。马克思主义者不同意。'], '马克·吐温').mentions).toBe(1);
  });

  it('folds the bare surname into a person named in Latin only', () => {
    const found = person(['分析师Quincy Krosbee表示，市场会好转。Krosbee说，风险仍在。'], 'Quincy Krosbee');
    expect(found.mentions).toBe(2);
    expect(names(['分析师Quincy Krosbee表示，市场会好转。Krosbee说，风险仍在。'])).toEqual(['Quincy Krosbee']);
    expect(person(['Maria Lopez说，Lopezville很好。'], 'Maria Lopez').mentions).toBe(1);
  });

  it('folds the bare Latin surname into the person', () => {
    const found = person(['众议院议长佩洛西（Nancy Pelosi）周四表示，Pelosi的办公室已收到信件。'], '佩洛西');
    expect(found.aliases).toContain('Pelosi');
    expect(found.mentions).toBe(2);
  });
});

describe('one person, several forms', () => {
  it('folds the later short form into the full name and counts every mention', () => {
    const found = people(['美国国务卿安东尼‧布林肯（Antony Blinken）抵达。', '布林肯表示，会谈富有成果。', '国务卿布林肯随后离开。']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '安东尼‧布林肯', nameEn: 'Antony Blinken', aliases: ['布林肯'], mentions: 3 });
  });

  it('reads a rare three-character form of a frequent two-character name as the name and a verb', () => {
    const story = ['学员张洁说，她没有错。', '张洁说：“我会坚持。”', '张洁表示，她要上诉。', '后来，学员张洁去北京上访。'];
    expect(people(story).map((p) => [p.name, p.mentions])).toEqual([['张洁', 4]]);
    const two = ['学员王娟说，她没有错。', '学员王娟秀说，她也没有错。', '王娟表示会上诉，王娟秀表示同意。'];
    expect(names(two)).toEqual(['王娟', '王娟秀']);
  });

  it('never keeps a speech verb after a name as part of it, however often it follows', () => {
    const story = ['黄帝问巫贤：“你多大了？”', '巫贤道：“百岁了。”', '黄帝又问，巫贤说：“记不清。”', '巫贤道：“请回吧。”'];
    expect(people(story).map((p) => p.name)).not.toContain('巫贤道');
  });

  it('reads a rare form with a word before a frequent transliterated name as that name', () => {
    const story = ['警察打电话骚扰，让金杰的妻子劝他。', '金杰说不去。', '金杰表示不签。', '金杰说他没有错。', '金杰说：“我不签。”', '金杰表示会上诉。'];
    expect(people(story).map((p) => [p.name, p.mentions])).toEqual([['金杰', 6]]);
    // A transliteration may hold another whole: 布林肯 is not 林肯 with a stray 布.
    const two = ['国务卿布林肯说，会谈顺利。', '总统林肯说过，林肯的话。林肯表示，林肯认为。'];
    expect(names(two)).toEqual(['布林肯', '林肯']);
  });

  it('merges dot variants, keeping the first as the name and the others as aliases', () => {
    const found = people(['意大利总理乔治亚‧梅洛尼（Giorgia Meloni）宣誓就职。'], { captions: ['图为乔治亚・梅洛尼在罗马。'] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '乔治亚‧梅洛尼', aliases: ['乔治亚・梅洛尼'], mentions: 2 });
  });

  it('treats 川普 and 特朗普 as one person', () => {
    const found = people(['川普周五发推文。', '特朗普随后表示，他不会让步。']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '川普', aliases: ['特朗普'], mentions: 2 });
  });

  it('merges two spellings with the same Latin original', () => {
    const found = people(['德国总理默克尔（Angela Merkel）出席。', '墨克尔（Angela Merkel）随后离开。']);
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toEqual(['墨克尔']);
  });

  it('does not give a surname shared by two people to either of them', () => {
    const found = people(['乔·拜登和亨特·拜登都被提到。', '拜登说他不知情。']);
    expect(found.map((p) => p.name)).toEqual(['乔·拜登', '亨特·拜登']);
    expect(found.every((p) => !p.aliases.includes('拜登'))).toBe(true);
  });

  it('lists people by first mention, the title first', () => {
    const found = extractPeople({
      title: '习近平会见外宾',
      paragraphs: ['外长王毅陪同。', '习近平说，双方应加强合作。'],
      captions: [],
      exclude: [],
    });
    expect(found.map((p) => p.name)).toEqual(['习近平', '王毅']);
    expect(found[0]?.mentions).toBe(2);
  });
});

describe('credits', () => {
  it('never lists the dateline reporters or the editor', () => {
    const input = {
      title: '',
      paragraphs: ['【大纪元2024年3月1日讯】（大纪元记者章明远综合报导）外长王毅周五表示，会谈顺利。', '责任编辑：周若兰'],
      captions: [],
      exclude: ['章明远', '周若兰'],
    };
    expect(extractPeople(input).map((p) => p.name)).toEqual(['王毅']);
  });

  it('lists an excluded name when the story itself mentions it', () => {
    const input = {
      title: '',
      paragraphs: ['（记者葛文杰报导）会上，作家葛文杰说，他会继续写作。'],
      captions: [],
      exclude: ['葛文杰'],
    };
    expect(extractPeople(input).map((p) => p.name)).toEqual(['葛文杰']);
  });

  it('skips names inside book titles and photo credits', () => {
    expect(names(['他读完了《王小波全集》。'], { captions: ['集会现场（摄影：林建华／大纪元）'] })).toEqual([]);
  });
});

describe('paragraphs', () => {
  it('reads each paragraph on its own: no rule reaches from one into the next', () => {
    expect(names(['会上发言的是汤姆', '（Tom Hanks）等人。'])).toEqual([]);
    expect(names(['— 蔡霞', '(@realcaixia) July 2, 2020'])).toEqual([]);
    expect(names(['他的网名“瓶', '子”很特别。'])).toEqual([]);
  });

  it('gives each name to the paragraph it stands in', () => {
    expect(people(['引言。', '', '外长王毅周一会见来访客人。', '— 蔡霞 (@realcaixia) July 2, 2020'])).toMatchObject([
      { name: '王毅', roles: ['外长'] },
      { name: '蔡霞' },
    ]);
  });
});

describe('hostile input', () => {
  it('returns nothing for empty input', () => {
    expect(extractPeople({ title: '', paragraphs: [], captions: [], exclude: [] })).toEqual([]);
    expect(names(['', '   '])).toEqual([]);
  });

  it('treats script-looking text as text', () => {
    expect(names(['<script>alert("王毅表示")</script>', '${constructor}', '__proto__说'])).toEqual(['王毅']);
  });

  it('stays fast on 10,000 names in one text', () => {
    const surnames = '王李张刘陈杨黄赵吴周';
    const given = '建国志强秀英桂兰海燕明华德胜';
    const list = Array.from({ length: 10_000 }, (_, i) => `${surnames[i % 10]}${given[i % 13]}${given[(i * 7) % 13]}`);
    const started = performance.now();
    const found = names([`法轮功学员${list.join('、法轮功学员')}。`]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found.length).toBeGreaterThan(100);
  });

  it('stays fast on 20,000 paragraphs that each open on a name and 是', () => {
    const surnames = '王李张刘陈杨黄赵吴周';
    const given = '建国志强秀英桂兰海燕明华德胜';
    // 70 names, each the only one with its first two characters, each opening many paragraphs.
    const name = (i: number) => `${surnames[i % 10]}${given[i % 14]}${given[((i % 10) + (i % 14)) % 14]}`;
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `${name(i)}是本地的一位居民，多年来一直在这里经营一家小店。`);
    const started = performance.now();
    const found = names(paragraphs);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toHaveLength(70);
  });

  it('stays fast on 20,000 paragraphs that open on names sharing their first two characters, and takes none of them', () => {
    // 20,000 different third characters (U+4E00…), so 20,000 candidates behind one prefix.
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `王建${String.fromCharCode(0x4e00 + i)}是本地的一位居民，编号${i}。`);
    const started = performance.now();
    const found = names(paragraphs);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found.filter((name) => name.startsWith('王建') && name.length === 3)).toEqual([]);
  });

  it('reads no name out of an endless run of dot-joined syllables', () => {
    expect(names(['约·'.repeat(50_000), '约·F·'.repeat(50_000)])).toEqual([]);
  });

  it('stays fast on long runs with nothing to find', () => {
    const started = performance.now();
    expect(names(['的'.repeat(100_000) + '·' + '的'.repeat(100_000), '（'.repeat(50_000), '、'.repeat(50_000)])).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
