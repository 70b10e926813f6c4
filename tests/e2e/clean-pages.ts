/**
 * Invented mirror pages for the clean-mode and navigation tests, written in the layouts the corpus
 * report describes (../shared/corpus/REPORT.md §3–4): the 2022 goodnews layout (nav row, 💌🎬🔥 promo
 * headers, share block with a jsDelivr QR code, 原文地址 line, repeated nav row, 0-px pixel) and the
 * 2020 banned-news3 layout (💥 promo lines after the lead image, GitHub-hosted QR code). Each page
 * lists the strings a reader must see and those clean mode must hide.
 */

export interface MirrorPage {
  url: string;
  markdown: string;
  title: string;
  /** Title, body sentences and editor line: visible whatever the mode. */
  shown: string[];
  /** Nav row, promo lines, share block and 原文地址 line: hidden in clean mode, visible without it. */
  hidden: string[];
  /** The original article's URL, as the 原文地址 line gives it. */
  originalUrl: string;
  /** The URL of the 0-px tracking pixel at the end of the page. */
  pixelUrl: string;
}

export interface ArticleText {
  id: string;
  channel: string;
  title: string;
  paragraphs: string[];
  editor: string;
}

/** Clutter strings both layouts share (each is one text run of the rendered page). */
const SHARE_LINE = '手机上长按并复制下列链接或二维码分享本文章';
const ORIGINAL_LABEL = '原文地址（需翻墙访问）';

/** The prettified body div with its closing editor line, then the share block and the 原文地址 line. */
function bodyAndShare(paragraphs: string[], editorLine: string, shareUrl: string, qrSrc: string, originalUrl: string): string {
  return `<div><div class="post_content" itemprop="articleBody">
${paragraphs.map((paragraph) => ` <p>\n  ${paragraph}\n </p>`).join('\n')}
 <p>
  ${editorLine}
 </p>
</div>
</div>
<hr/>
${SHARE_LINE}：<br/>
${shareUrl} <br/>
<a href='${shareUrl}'><img src='${qrSrc}'/></a> <br/>
${ORIGINAL_LABEL}：${originalUrl}`;
}

/** 2022 goodnews layout (REPORT.md gen E), at its blob URL in begood0513/goodnews. */
export function goodnewsArticle(text: ArticleText): MirrorPage {
  const { id, channel } = text;
  const path = `pages/${channel}/${id}.md`;
  const url = `https://github.com/begood0513/goodnews/blob/master/${path}`;
  const originalUrl = `https://www.epochtimes.com/gb/22/10/20/${id}.htm`;
  const pixelUrl = `http://gfw-breaker.win/goodnews/${path}`;
  const nav = `#### [首页](../../README.md?${id})  &nbsp;&nbsp;|&nbsp;&nbsp; [国际新闻](../../indexes/E国际新闻.md?${id})   &nbsp;&nbsp;|&nbsp;&nbsp; [热点推荐](../../indexes/热点推荐.md?${id})  &nbsp;&nbsp;|&nbsp;&nbsp; [翻墙教程](https://github.com/gfw-breaker/guides/blob/master/README.md?${id})`;
  const markdown = `### ${text.title}
------------------------

${nav}



<hr/>

#### [ 💌 退出中共组织，良心的选择、前途的选择](https://github.com/begood0513/goodnews/blob/master/quit/letter.md?${id}) 

#### [ 🎬 《伪火》- 天安门自焚真相](http://209.250.226.216:10000/videos/blog/index.html?${id})&nbsp; | &nbsp;[《六月黑夜》- 六四天安门大屠杀](http://209.250.226.216:10000/videos/88/index.html?${id})

#### [ 🔥  禁书下载（政治、经济、人权、民主自由、文革、六四 ...）](https://github.com/gfw-breaker/books/blob/master/README.md?${id})

${bodyAndShare(text.paragraphs, `责任编辑：${text.editor}#`, url, `https://cdn.jsdelivr.net/gh/begood0513/goodnews/${path}.png`, originalUrl)}


------------------------
${nav}


<img src='${pixelUrl}' width='0px' height='0px'/>`;
  return {
    url,
    markdown,
    title: text.title,
    shown: [text.title, ...firstAndLast(text.paragraphs), `责任编辑：${text.editor}`],
    hidden: ['国际新闻', '热点推荐', '退出中共组织，良心的选择、前途的选择', '天安门自焚真相', '禁书下载', SHARE_LINE, ORIGINAL_LABEL],
    originalUrl,
    pixelUrl,
  };
}

/** 2020 banned-news3 layout (REPORT.md gen C, 新唐人), at its blob URL in zydd999/banned-news2. */
export function bannedNewsArticle(text: ArticleText): MirrorPage {
  const { id, channel } = text;
  const path = `pages/${channel}/${id}.md`;
  const url = `https://github.com/zydd999/banned-news2/blob/master/${path}`;
  const shareUrl = `https://github.com/gfw-breaker/banned-news3/blob/master/${path}`;
  const originalUrl = `https://www.ntdtv.com/gb/2020/10/12/${id}.html`;
  const pixelUrl = `http://gfw-breaker.win/banned-news3/${path}`;
  const markdown = `### ${text.title}
------------------------

#### [首页](https://github.com/gfw-breaker/banned-news3/blob/master/README.md) &nbsp;&nbsp;|&nbsp;&nbsp; [手把手翻墙教程](https://github.com/gfw-breaker/guides/wiki)  &nbsp;&nbsp;|&nbsp;&nbsp; [一键翻墙软件](https://github.com/gfw-breaker/nogfw/blob/master/README.md)



<div><div class="featured_image">
 <a href="https://i.ntdtv.com/assets/uploads/2020/10/${id}.jpg" target="_blank">
  <figure>
   <img alt="${text.title}" src="https://i.ntdtv.com/assets/uploads/2020/10/${id}-800x450.jpg"/>
  </figure><br/>
 </a>
</div>
</div><hr/>

#### 💥 [《伪火》 - 天安门自焚真相 ](http://158.247.195.190:10000/videos/blog/weihuo.html)&nbsp; |&nbsp; [“1400例”谎言揭秘  ](http://158.247.195.190:10000/videos/blog/jiexi1400.html)

#### [ 🎬  翻墙必看视频（YouTube热门频道、网站代理、时事热点、历史事件 ...）](https://github.com/gfw-breaker/links/blob/master/banned.md)

${bodyAndShare(text.paragraphs, `（责任编辑：${text.editor}）`, shareUrl, `${shareUrl}.png`, originalUrl)}


------------------------
#### [首页](https://github.com/gfw-breaker/banned-news3/blob/master/README.md) &nbsp;|&nbsp; [一键翻墙软件](https://github.com/gfw-breaker/nogfw/blob/master/README.md) &nbsp;| [《九评共产党》](https://github.com/gfw-breaker/9ping.md/blob/master/README.md)

<img src='${pixelUrl}' width='0px' height='0px'/>`;
  return {
    url,
    markdown,
    title: text.title,
    shown: [text.title, ...firstAndLast(text.paragraphs), `责任编辑：${text.editor}`],
    hidden: ['手把手翻墙教程', '谎言揭秘', '翻墙必看视频', SHARE_LINE, ORIGINAL_LABEL],
    originalUrl,
    pixelUrl,
  };
}

/** The end of the first and of the last paragraph: a reader must see the body from its start to its end. */
function firstAndLast(paragraphs: string[]): string[] {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (first === undefined || last === undefined) throw new Error('an article needs at least one paragraph');
  return [...new Set([first.slice(-16), last.slice(-16)])];
}

export const HARBOUR = goodnewsArticle({
  id: 'n13900001',
  channel: 'nsc418',
  title: '港口城市举办国际帆船赛 百艘帆船同场竞技',
  paragraphs: [
    '【大纪元2022年10月20日讯】（大纪元记者吴海综合报导）一年一度的国际帆船赛周四在港口城市开幕。',
    '赛事组委会主席安娜‧米勒（Anna Miller）表示，今年报名的船队数量创下新高。',
    '比赛将持续五天，最后一天在内港举行颁奖仪式。',
  ],
  editor: '孙雯',
});

export const LIBRARY = goodnewsArticle({
  id: 'n13900002',
  channel: 'nsc418',
  title: '山区小镇图书馆重新开放 居民排队借书',
  paragraphs: [
    '【大纪元2022年10月21日讯】（大纪元记者林安报导）整修两年的山区小镇图书馆周五重新开放。',
    '馆长托马斯‧贝克（Thomas Baker）说，新馆增设了儿童阅览室和自习区。',
    '开馆当天共有三百多名居民办理了借书证。',
  ],
  editor: '高远',
});

export const PRESS = bannedNewsArticle({
  id: 'a102950001',
  channel: 'prog202',
  title: '欧洲多国联合声明 呼吁释放被拘记者',
  paragraphs: [
    '【新唐人北京时间2020年10月12日讯】欧洲多国外长周一发表联合声明，呼吁释放近期被拘押的多名记者。',
    '声明指出，新闻自由是民主社会的基石，任何以言获罪的做法都不可接受。',
  ],
  editor: '王晓',
});

/** A long article: thousands of paragraphs, so the browser parses and paints the page in several steps. */
export function longArticle(paragraphCount: number): MirrorPage {
  const paragraphs = Array.from(
    { length: paragraphCount },
    (_, index) => `市议会在本次会期内逐项审议了预算、交通、住房与公园维护等议题，多位议员发言，本段编号${index + 1}。`,
  );
  paragraphs[0] = `【大纪元2022年10月22日讯】（大纪元记者周明报导）市议会周六举行马拉松式会议，审议全年预算。${paragraphs[0]}`;
  return goodnewsArticle({ id: 'n13900003', channel: 'nsc418', title: '市议会马拉松会议 逐项审议全年预算', paragraphs, editor: '李清' });
}

/** The repository home of the goodnews mirror with an article as its README (github-dom.md §3.2). */
export const README_ARTICLE_URL = 'https://github.com/begood0513/goodnews-digest';

/** Plain pages that are not articles: a project README and a channel index (a list of article links). */
export const PLAIN_README = {
  url: 'https://github.com/octo-demo/notes',
  markdown: '# Notes\n\nPlain project notes about the build, no mirrored article here.\n\n#### 下载与安装\n\n见发布页面。\n',
  shown: ['Plain project notes about the build', '下载与安装'],
};

export const CHANNEL_INDEX = {
  url: 'https://github.com/begood0513/goodnews/blob/master/indexes/nsc418.md',
  markdown: `#### [首页](../README.md)

#### [港口城市举办国际帆船赛 百艘帆船同场竞技](../pages/nsc418/n13900001.md)

#### [山区小镇图书馆重新开放 居民排队借书](../pages/nsc418/n13900002.md)

<img src='http://gfw-breaker.win/goodnews/indexes/nsc418.md' width='0px' height='0px'/>`,
  shown: ['港口城市举办国际帆船赛', '山区小镇图书馆重新开放'],
};
