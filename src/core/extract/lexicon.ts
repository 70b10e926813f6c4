/**
 * Word lists for person-name extraction (core/extract/people.ts). Kept small on purpose: it ships inside
 * the content script. Strings of characters are used where a set of single characters is meant.
 * Counts in comments are files of ../shared/corpus/bulk (1,300 unlabelled articles) that show the pattern.
 */

/** Middle dots that join the parts of a transliterated name: the nine of REPORT §6.1, U+0387 and U+FE52. */
export const NAME_DOTS = '‧·．・•･∙⋅·﹒.';

/**
 * Characters that commonly end a given name: each ends at least four different three-character names the
 * extractor finds in bulk/ (surname-led), and at least 1% of its occurrences in the bulk body text
 * (华 ends 143 names, 英 142, 兰 76 …; 生 and 民 end many names but far more words, so they are out).
 */
export const NAME_FINAL_CHARS =
  '华英兰平珍明芳荣梅霞玲云红琴清萍林玉莲香峰芬军杰东伟秀山凤芹花君斌波芝丽龙春娥敏贤娟辉涛良群祥琼贵志刚勇哲仙艳菊光秋宇雄俊燕兴昌松坤宏青森阳宝忠富枝宗飞宁顺勤友茹堂恩康智田亮均仁臣福庆喜娜淑瑞鹏铭珠侠蓉桂莉仪奇惠伦洁卿迪麟慧锋礼霖翔聪潮栋彦琦岩贞虎钧钢诚凯岳舟瑜婷旺诗冰丹琪琳苹臻旭晶洙奎彬翠虹泉薇';

/**
 * Single-character Chinese surnames, simplified and traditional forms. Rare surnames that are everyday
 * characters (门, 项, 权, 原, 成, 常, 和, 明 …) are left out: they made more false names than true ones.
 */
export const SURNAMES =
  '洪王李张刘陈杨黄赵吴周徐赖尚孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞柳甘祝包宁符舒阮柯纪梅童凌毕季裴霍涂苗谷曲翁冉骆蓝辛靳柴鲍华喻祁蒲房滕屈饶牟艾尤穆卓吉缪芦麦褚娄窦戚岑宫费卜晏卫米柏瞿桂佟臧闵苟邬卞姬栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池苑邝匡鞠惠荆冀郁胥班栗燕鄢谌奚皮粟冼蔺楼闻厉仝郜阚帅屠朴禹祖狄晁芮鹿薄裘亓邰赫杭逯玉嵇湛戎茅尉冶檀昝尧傅荀郦' +
  '陳張劉楊黃趙吳孫馬許鄭謝韓馮鄧蕭葉蘇盧鍾譚陸賈韋鄒錢嚴龔顧賀聶龐顏魯歐關蘭藍鮑華費衛閆閻湯莊鄺鄔賴駱羅呂蔣龍溫齊喬寧紀畢塗饒麥婁竇宮閔欒榮鞏荊諶藺樓闞帥樸';

export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '令狐', '慕容', '宇文', '长孙', '夏侯', '端木', '司徒', '司空',
  '歐陽', '司馬', '諸葛', '長孫',
];

/**
 * Characters used to transliterate foreign, Uyghur and Tibetan names (the common subset of the Xinhua
 * transliteration table plus the characters found next to a name dot in bulk/). A transliterated name is
 * a run of these; the run stops where ordinary words begin.
 */
export const TRANSLIT_CHARS =
  '阿埃艾爱安昂奥澳巴芭拜班邦保宝鲍贝本比彼毕庇边宾波玻伯勃博布查柴昌彻楚茨次达大代戴丹道德登邓狄迪蒂丁东杜顿多朵俄厄恩尔法范菲斐费芬丰冯弗伏福夫盖甘冈高戈哥格葛根贡古瓜圭桂果哈海汉豪浩赫亨洪胡华怀惠霍基吉季加佳贾简杰捷金京久居卡凯坎康柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里理利莉丽栗连莲良廖列林琳玲留柳隆卢鲁陆路伦罗洛吕玛马迈麦曼芒梅美门蒙孟米密敏明摩莫墨默姆穆木纳娜乃奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇契恰乔切钦琴丘屈热荣茹瑞若萨塞赛桑瑟森沙莎山尚绍舍申圣施什史舒斯思松苏素索塔泰坦汤唐陶特滕提廷图土吐托瓦万旺威韦维温文翁沃乌伍武西希锡夏辛欣休秀许雅亚扬央耶叶伊依因英尤于玉约泽扎詹珍真芝朱祖佐卓宗兹孜翰逊娅琪露黛茜薇婕丝娃谢治蓬川奇肖坚仁增措嘉拉买提甫江罕得珊汀让廉烈津卫焦凡非派歇力';

/**
 * Characters that transliterate syllables of foreign names but are also everyday words (亚当, 琼斯, 戈培尔,
 * 萨缪尔森, 褒曼; 当, 那, 委, 富 …): read as part of a name only inside a dot-joined name, and never at its outer
 * edge (`鲍勃·诺伊斯那个` ends at 斯, `詹姆斯·当时` at 斯). Each stands inside dotted names in bulk/ beside ordinary
 * transliteration characters.
 */
export const DOTTED_TRANSLIT_CHARS = '当易缪培白那翠黑顾荷济泼褒考慈汗委略芙修傅丢卜熙侬蓓琼历富农赞';

/**
 * Titles and roles that stand directly before a name (`美国国务卿蓬佩奥`, `法轮功学员张君`); the longest one
 * that fits is taken. Bulk files with role + surname: 总统 68, 总理 45, 教授 54, 发言人 32, 律师 29;
 * with role + name + （Latin）: 国务卿 22, 总统 13.
 */
export const ROLE_WORDS = [
  // state and government
  '总统', '副总统', '总理', '副总理', '首相', '国务卿', '外长', '外交部长', '外相', '外务大臣', '大臣', '部长', '副部长', '次长',
  '财长', '防长', '国防部长', '司法部长', '局长', '处长', '署长', '厅长', '主任', '主席', '副主席', '总书记', '书记', '委员',
  '常委', '议长', '议员', '参议员', '众议员', '州长', '市长', '县长', '镇长', '村长', '区长', '省长', '特首', '港督', '大使',
  '领事', '总领事', '发言人', '新闻秘书', '秘书长', '幕僚长', '顾问', '总干事', '总监', '首席', '总司令', '司令', '司令员',
  '将军', '上将', '中将', '少将', '大将', '元帅', '检察官', '检察长', '法官', '大法官', '审判长', '院长', '副院长', '国王',
  '女王', '王储', '王子', '公主', '皇帝', '太子', '教宗', '教皇', '总督', '领导人', '党魁', '党主席', '政委', '团长', '队长',
  '警长', '警察', '警官', '干部', '官员', '所长', '副所长', '指导员', '副队长', '科长', '组长', '狱警', '支书', '村支书', '社长',
  '主编', '总编辑', '副主任', '书记员', '公诉人', '陪审员', '审判员', '助理', '义工', '志愿者', '召集人', '负责人', '发起人',
  '代言人', '人员', '弟子', '教导员', '头目', '恶人', '硕士', '学士', '首席执行官', '首席财务官', '首席风险官', '执行长', '将领',
  '媒体人', '元凶', '领袖', '长官', '学家',
  // imperial offices, in history pieces (知州 + name, 太守 + name)
  '知州', '知府', '太守', '宰相', '丞相', '太师', '大夫', '尚书', '侍郎', '刺史', '县令', '高僧', '僧人',
  // society (法轮功学员 + surname: 92 bulk files)
  '法轮功学员', '学员', '教授', '副教授', '讲师', '教师', '老师', '校长', '律师', '记者', '主播', '主持人', '编辑', '作家', '诗人',
  '画家', '学者', '专家', '博士', '研究员', '分析师', '经济学家', '科学家', '医生', '医师', '护士', '牧师', '神父', '主教', '法师',
  '住持', '董事长', '董事', '总裁', '总经理', '经理', '创办人', '创始人', '行长', '企业家', '商人', '老板', '店主', '评论员',
  '评论家', '时评人', '评论人士', '人士', '活动家', '维权人士', '异议人士', '导演', '演员', '歌手', '球星', '运动员', '选手',
  '教练', '总教练', '候选人', '发帖人', '网友', '作者', '工程师', '村民', '农民', '居民', '市民', '学生', '大学生', '老人',
  '父亲', '母亲', '儿子', '女儿', '妻子', '丈夫', '哥哥', '姐姐', '弟弟', '妹妹', '次子', '长子', '小姨', '姥姥', '奶奶',
  '爷爷',
  // kin and descriptions before a name (薄一波之子薄熙永, 富豪刘希泳, 美国公民包伟忠; each before a surname in 1–9 bulk files;
  // not 少年 or 受害者: 少年宫, 为受害者申冤; not 孙子 or 业主, which start names and roles: 孙子涵, 物业主任)
  '之子', '之女', '之妻', '孙女', '外孙', '外孙女', '嫡孙', '前妻', '遗孀', '岳父', '女婿', '儿媳', '侄子', '兄长',
  '富豪', '富商', '影星', '少女', '会计', '雇员', '职员', '头子', '公民', '男子', '女子', '青年', '妇女', '华人', '华裔',
  '网民', '艺术家', '翻译家', '思想家', '收藏家', '工人', '司机', '保安', '难民', '患者', '病人', '嫌疑人', '被告', '当事人', '犯人',
  '访民', '基督徒', '同修', '同学', '朋友', '邻居',
  // before Latin names too (太太Michele Elkie, 主管Paul Rockwell: 1–15 bulk uses each)
  '太太', '夫人', '主管', '会计师', '设计师', '建筑师', '药剂师', '友人', '女友', '女伴', '未婚夫', '上校', '中校', '出品人', '制片人',
  '制作人', '出版商', '会长', '副会长', '司长', '批评家', '钢琴家', '协调人', '合伙人', '经纪人', '理事', '理事长',
  '秘书', '执行董事', '歌唱家', '声乐家', '编剧',
  // police and court staff in persecution reports (not 恶警, which verbs follow: 恶警扇耳光)
  '片警', '民警', '特警', '协警', '城管', '干事', '庭长', '副庭长', '狱长', '包夹', '老伴', '护士长', '协管',
  // traditional script
  '總統', '總理', '國務卿', '發言人', '議員', '參議員', '眾議員', '市長', '州長', '部長', '主席', '教授', '律師', '記者',
  '學員', '院長', '社長', '總編輯', '主任', '評論員', '作家', '專家', '學者', '董事長', '醫生', '總裁', '詩人', '父親', '母親',
  '兒子', '女兒', '發帖人',
];

/**
 * Words that introduce a name without being a role: `七十七岁的赵文秀` (岁的 + surname in 39 bulk files),
 * `名叫` (35), `化名` (24), `署名宁方刚的网友` (署名 + surname in 4), `任命唐一军为部长` (appointments: 12 in
 * 9; not 提名, which names prizes too: 提名诺贝尔和平奖), and verbs whose object is a person: 控告, 会见, 追随
 * (before names found elsewhere in 14, 13 and 9 bulk files; not 释放, whose object runs on: 释放张展回家).
 */
export const NAME_INTRODUCERS = ['岁的', '名叫', '叫做', '叫', '名为', '化名', '网名', '笔名', '本名', '原名', '署名', '署名为', '任命', '委任', '聘请', '控告', '会见', '追随'];

/** Verbs that follow a speaker's name (`赵立坚表示`); 说 and 表示 follow a name in several hundred bulk files. */
export const SPEECH_VERBS = [
  '说', '表示', '指出', '认为', '称', '强调', '透露', '告诉', '介绍', '回忆', '写道', '解释', '补充', '坦言', '直言', '批评',
  '呼吁', '警告', '承认', '否认', '宣布', '宣称', '质疑', '谴责', '提到', '回应', '感叹', '分析', '相信', '留言', '說', '認為', '稱',
  '強調',
  // classical narration (`商容曰`, `黄妃问曰`)
  '曰', '问曰', '答曰', '笑曰', '泣曰', '奏曰', '答道',
];

/**
 * Characters that end a Chinese name and never stand in its given part: particles, pronouns, verbs that
 * follow names, time words (于, also a surname, is added where given names are read).
 */
export const NAME_BREAK_CHARS =
  '的了在是和与及说称等都也就被把对向从曾又还将已要让给因而并则却之其这那他她们个位名年日时后里内上下表指认告透不没无很最更只仅再即乃以为到自或且但该此每各某第共近少几今昨周号点分秒人你我您它咱俺带率伙抓逼骂殴父母头所於儿用曰說與們後這個對為從將還認';

/** Words after a surname that make an anonymous or generic reference, not a name (王女士, 张某, 李老师). */
export const ANONYMOUS_SUFFIXES = [
  '女士', '先生', '小姐', '太太', '夫人', '某', '姓', '氏', '家', '老', '总', '师傅', '大爷', '大妈', '阿姨', '大姐', '大哥',
  '同学', '医生', '老师', '律师', '教授', '博士', '书记', '主任', '局长', '警官', '姓男子', '姓女子', '男', '女', '伯', '叔',
  '婶', '嫂', '婆', '妈', '爸', '某某', '某人', '家长', '家屬', '家属', '師傅', '醫生', '老師', '律師',
];

/** Titles written after a name (`郭振香老人`, `高九云老师`); they end the name. */
export const TRAILING_TITLES = [
  '老人', '老师', '先生', '女士', '小姐', '律师', '医生', '教授', '副教授', '博士', '研究员', '院士', '主教', '神父', '牧师',
  '夫妇', '一家', '本人', '等人', '同学', '大师', '法师', '师父',
];

/** Words after a name that leave no doubt where it ends (`张君被绑架`, `王敏带领`, `施邦才家中`). */
export const NAME_FOLLOWERS = [
  '被', '遭', '带领', '率领', '带人', '伙同', '指使', '家中', '家人', '之妻', '之子', '之女', '的妻子', '的丈夫', '的儿子', '的女儿',
  '的父亲', '的母亲', '的家人', '的律师', '，男，', '，女，', '（男', '（女',
  // verbs whose first character could pass for a third given character (李强成为… is 李强)
  '成为', '成功', '成立', '发表', '发现', '发布', '出任', '出席', '出生', '出身', '出版', '担任', '接受', '来到', '前往', '提出',
  '提到', '同意', '获得', '获释', '入狱', '去世', '逝世', '病逝', '写道', '回忆', '告诉', '通知', '上台', '下台', '主持', '主张',
  '进行', '形容', '为首', '代表', '亮相', '（音）', '(音)', '两人', '二人', '三人', '四人', '两名', '两位',
  // adverbs and verbs of officials' stories, after names the extractor finds in bulk/: 亲自 32 times, 多次 21, 涉嫌 20, 落马 13,
  // 作为 16
  '亲自', '多次', '涉嫌', '落马', '作为',
];

/**
 * Words that start with a surname character and stand where names stand (白宫表示, 总统权力, 上周拒绝):
 * a candidate whose first two characters are one of these is no name. The second list is derived from
 * bulk/: surname-led pairs in at least 15 of the 1,300 files whose next character varies (a word, not the
 * start of one name), names of KNOWN_PEOPLE left out.
 */
export const NOT_NAME_WORDS = [
  '台湾', '白皮', '夏天', '夏季', '秋天', '秋季', '上海', '马上', '万一', '成都', '何时', '常委', '司法', '东方', '华人', '路透', '明年', '明天', '时候', '于是', '向来', '全球', '全国',
  '全体', '全部', '全面', '国家', '国际', '国务', '政府', '官方', '官员', '官媒', '党中', '党员', '党内', '党媒', '中共', '中国', '中央', '中方',
  '美方', '美国', '英国', '法国', '德国', '日本', '韩国', '印度', '俄罗', '北京', '南京', '南方', '北方', '西方', '东京', '香港', '澳门', '广东',
  '广州', '深圳', '湖北', '四川', '重庆', '天津', '新闻', '史上', '历史', '时间', '时代', '甚至', '单位', '单独', '应该', '应当', '连续', '连日',
  '车辆', '项目', '宁可', '宁愿', '尚未', '成为', '成功', '成立', '原因', '原来', '原本', '强烈', '强调', '任内', '计划', '经济', '宫廷', '龙头',
  '龚氏', '华为', '阿里', '腾讯', '苹果', '谷歌', '脸书', '推特', '朝鲜', '朝廷', '明朝', '宋朝', '唐朝', '清朝', '秦朝', '汉朝', '元朝', '周朝',
  '商朝', '易于', '齐心', '管理', '管控', '戴口', '雷霆', '龙虎', '万人', '温度', '平台', '和平', '公安', '公司', '公开', '共产', '能源', '简单',
  '沙特', '林业', '梁山', '冯氏', '黎明', '田野', '方向', '毛派', '江南', '湖南', '云南', '海南', '河南', '贵州', '福建', '浙江', '山东', '山西',
  '陕西', '甘肃', '宁夏', '新疆', '西藏', '青海', '内蒙', '辽宁', '黑龙', '上周', '下周', '本周', '每周', '一周', '两周', '数周', '几周', '周日',
  '最高', '权力', '权利', '权益', '权威', '解释', '呼吁', '时人', '明明', '博文', '伦理', '石头', '钱包', '车上', '司机', '商人', '商业', '商务',
  '党政', '华侨', '时任', '前任', '现任', '历任', '出任', '担任', '继任', '新任', '高院', '高法', '查看', '查处', '查询', '查获', '查封', '管段',
  '明慧', '党组', '党委', '白俄', '左派', '右派', '宣传', '特约', '支持', '强力', '穆迪', '惠誉', '标普', '干涉', '明确', '明显', '明白', '王国',
  '荣誉', '郑重', '季刊', '秋千', '内科', '外科', '罗织', '安慰', '田地', '抖音', '陆委', '多次', '为何', '如何', '儿童', '高声', '洪水',
  // derived from bulk/
  '包括', '纪元', '任何', '严重', '文化', '关系', '方面', '许多', '安全', '文章', '方式', '关注', '曾经', '关键', '关于', '武汉', '关押', '于中',
  '范围', '程中', '程度', '安排', '高级', '金融', '安门', '欧洲', '高层', '文明', '卫生', '方法', '高度', '易战', '文件', '安局', '于一', '武器',
  '文革', '白宫', '苏联', '任务', '顾问', '付出', '周五', '高官', '文字', '申请', '高兴', '毕业', '纪念', '包含', '高达', '关税', '严格', '关闭',
  '周三', '周一', '程序', '纪录', '凌晨', '屠杀', '周二', '文中', '严厉', '关心', '安部', '任职', '欧盟', '施压', '高压', '陆续', '周四', '武装',
  '毕竟', '任命', '关进', '方案', '高于', '江苏', '闻网', '江西', '武力', '于国', '宁省', '施加', '金钱', '厉害', '班牙', '吉林', '石油', '陆媒',
  '周围', '江省', '严密', '方便', '许可', '曾有', '安法', '黄金', '华社', '周边', '曾任', '程师', '沈阳', '文学', '严峻', '房子', '何处', '包围',
  '任期', '房屋', '林省', '章中', '纪委', '高调', '房间', '周末', '周六', '金会', '方公', '戴着', '严肃', '颜色', '于当', '高中', '金额', '于民',
  '祖国', '于法', '白天', '罗马', '安徽', '陶醉', '施行', '文艺', '于天', '周刊', '关切', '方一', '于公', '柏林', '卫星', '高峰', '关法', '祝福',
  '祝贺', '江氏', '金山', '康复', '卫兵', '高喊', '关中', '任意', '屈服', '于有', '何况', '武警', '费者', '巩固', '方发', '江派', '江山', '于新',
  '谢谢', '施暴', '任国', '于世', '安厅', '关联', '季度', '王朝', '安宁', '高一', '欧美', '高出', '高管', '任副', '高超', '卓越', '安定', '陈述',
  '荣幸', '白色', '钱财', '于西', '于本', '包装', '曲折', '文本', '文献', '祝愿', '卫国', '华府', '于生', '祖先', '方针', '陆军', '兰州', '苏省',
  '金属', '曾于', '纪律', '辛苦', '汪洋', '房产', '高呼', '陆网', '欧元', '纪初', '高涨', '文版', '牟利', '华裔', '贺信', '高龄', '文书', '何事',
  '关门', '方正', '高额', '文教', '高校', '林市', '于事', '杭州', '黄河', '包容', '孙女', '包夹',
];

/**
 * Countries, cities and institutions written like transliterated names (雷克雅未克（Reykjavik）, 俄罗斯表示).
 * A candidate equal to one of these, or ending in a place suffix, is a place.
 */
export const PLACE_WORDS = [
  '美国', '英国', '法国', '德国', '意大利', '加拿大', '澳大利亚', '澳洲', '日本', '韩国', '朝鲜', '印度', '巴西', '伊朗',
  '以色列', '叙利亚', '土耳其', '乌克兰', '俄罗斯', '白俄罗斯', '波兰', '西班牙', '葡萄牙', '荷兰', '吉布提', '马六甲', '布鲁克林', '比利时', '瑞士', '瑞典', '挪威',
  '芬兰', '丹麦', '希腊', '埃及', '墨西哥', '古巴', '委内瑞拉', '阿根廷', '智利', '秘鲁', '新西兰', '新加坡', '马来西亚', '印尼',
  '菲律宾', '越南', '泰国', '缅甸', '巴基斯坦', '阿富汗', '伊拉克', '沙特', '卡塔尔', '匈牙利', '捷克', '奥地利', '罗马尼亚', '保加利亚',
  '塞尔维亚', '克罗地亚', '立陶宛', '拉脱维亚', '爱沙尼亚', '冰岛', '爱尔兰', '苏格兰', '哥伦比亚', '尼日利亚', '南非', '肯尼亚', '蒙古', '哈萨克斯坦',
  '格鲁吉亚', '亚美尼亚', '阿塞拜疆', '黎巴嫩', '约旦', '也门', '利比亚', '苏丹', '索马里', '玻利维亚', '厄瓜多尔', '尼加拉瓜', '巴拿马', '柬埔寨',
  '老挝', '尼泊尔', '不丹', '孟加拉', '斯里兰卡', '马尔代夫', '欧洲', '亚洲', '非洲', '美洲', '拉美', '中东', '欧盟', '北约',
  '联合国', '梵蒂冈', '华盛顿', '纽约', '伦敦', '巴黎', '柏林', '莫斯科', '东京', '首尔', '台北', '罗马', '悉尼', '墨尔本',
  '多伦多', '温哥华', '洛杉矶', '旧金山', '芝加哥', '休斯顿', '西雅图', '波士顿', '迈阿密', '费城', '亚特兰大', '达拉斯', '雷克雅未克', '布鲁塞尔',
  '日内瓦', '维也纳', '华沙', '基辅', '明斯克', '德黑兰', '耶路撒冷', '开罗', '新德里', '曼谷', '河内', '马尼拉', '雅加达', '吉隆坡',
  '加州', '德州', '佛州', '纽约州', '香港', '澳门', '台湾', '北京', '上海', '武汉', '白宫', '五角大楼', '国务院', '克里姆林宫',
  '唐宁街', '圣彼得堡', '基督城', '布拉格', '伊斯坦布尔', '马德里', '里斯本', '路透', '法新社', '美联社', '彭博社', '推特', '脸书', '谷歌',
  '华为', '阿里巴巴', '亚马逊', '微软', '苹果', '特斯拉', '辉瑞', '莫德纳', '丹佛', '圣地亚哥', '密歇根', '威斯康星', '宾州', '宾夕法尼亚',
  '佐治亚', '亚利桑那', '内华达', '佛罗里达', '弗吉尼亚', '马里兰', '俄亥俄', '得克萨斯', '德克萨斯', '阿拉斯加', '夏威夷', '加利福尼亚', '明尼苏达', '西维吉尼亚',
  '基督', '耶稣', '佛陀', '上帝', '真主', '马列',
];

/** Suffixes of organisations and places: a candidate ending in one of these is not a person. */
export const PLACE_OR_ORG_SUFFIXES =
  '党会部院局署社报台国州省市县镇村岛河湖港湾街路宫馆寺所厅城区营楼站场网刊委处室组界业节奖团军队舰号族语币元洲堡杯赛' +
  '會報臺國縣鎮島灣館廳區營樓站場網團軍隊號語幣';

/** Latin words that mark a parenthesised name as an organisation, place or credit, not a person. */
export const NON_PERSON_LATIN =
  /\b(?:The|Institution|Clinic|Valley|Operation|Radio|Voice|Broadcasting|Television|Welle|Jazeera|Telegraph|Guardian|Economist|Tribune|Herald|Affairs|Foreign|Asia|Europe|Africa|Party|Inc|Ltd|LLC|Corp|Co|Group|University|College|School|Institute|Foundation|Company|Agency|Bank|Fund|Council|Committee|Association|League|Union|Ministry|Department|Office|Center|Centre|House|Street|Square|Palace|Palazzo|News|Times|Post|Journal|Daily|Press|Media|Network|Report|Review|Magazine|Images|Getty|Reuters|AFP|Photo|Pool|Airlines|Airport|Hospital|Church|Museum|Park|Hotel|Road|Avenue|River|Lake|Mount|Island|Bay|City|County|State|States|Kingdom|Republic|Federation|Army|Navy|Force|Forces|Project|Program|Act|Law|Bill|Fort|Port|New|San|Santa|Los|Las|Saint|North|South|East|West|Hong|Kong|Italia|Brothers|Global|International|National|Capital|Partners|Holdings|Technologies|Technology|Pharma|Network|Movement|Campaign|Forum|Summit|Day|Festival|Award|Prize|Index|Virus|Vaccine|Coronavirus|Trust|Security|Research|Studies|Policy|Watch|Rights|Democracy|Freedom|Liberty|Initiative|Alliance|Coalition|Board|Commission|Parliament|Senate|Congress|Court|Police|Bureau|Service|Services|Lab|Laboratory|Hall|Tower|Building|Bridge|Station|Cathedral|Temple|Bowl|Cup|Open|Games|Domain|Materials|Ratings|Public|Library|Plan|Health|First|Beijing|Shanghai|China|Chinese|Taiwan|Tibet|America|American)\b/i;

/**
 * Spellings of one person that the outlets use side by side (REPORT §5.6: 川普 at Epoch/NTD/SOH/看中国 in
 * 146 bulk files, 特朗普 at VOA/Reuters/RFA in 106), and short forms in common use (林郑 44 files).
 */
export const SAME_PERSON: readonly (readonly string[])[] = [
  ['川普', '特朗普'],
  ['马克龙', '马克宏'],
  ['默克尔', '墨克尔'],
  ['普京', '普丁'],
  ['林郑月娥', '林郑'],
  ['安倍晋三', '安倍'],
  ['蒋介石', '蒋中正'],
];

/**
 * People these outlets name so often that the text gives no role or verb to find them by. Each appears in
 * at least 3 of the 1,300 bulk files (习近平 180, 江泽民 140, 毛泽东 111, 蓬佩奥 62, 邓小平 51 …); names
 * that are also ordinary words (万里, 方方, 汪洋, 康生, 华盛顿) are left out.
 */
export const KNOWN_PEOPLE = [
  '习近平', '川普', '特朗普', '江泽民', '毛泽东', '蓬佩奥', '邓小平', '马克思', '林郑月娥', '林郑', '李克强', '李洪志', '拜登', '周永康',
  '列宁', '蔡英文', '胡锦涛', '薄熙来', '斯大林', '孔子', '周恩来', '彭斯', '老子', '王沪宁', '刘鹤', '蒋介石', '曾庆红', '奥巴马',
  '刘少奇', '胡耀邦', '金正恩', '林彪', '赵紫阳', '王毅', '韩正', '里根', '王岐山', '江青', '朱镕基', '陈破空', '李鹏', '恩格斯',
  '黎智英', '约翰逊', '徐才厚', '孟晚舟', '叶剑英', '韩国瑜', '钟南山', '栗战书', '杨尚昆', '希特勒', '令计划', '高智晟', '达赖喇嘛', '王立军',
  '杨洁篪', '普京', '布什', '马云', '郭伯雄', '谭德塞', '许志永', '秦始皇', '温家宝', '汉武帝', '安倍晋三', '安倍', '华春莹', '华国锋',
  '鲁迅', '马克龙', '陈毅', '赵立坚', '贺锦丽', '诸葛亮', '耿爽', '纳瓦罗', '彭德怀', '唐太宗', '陈全国', '陈光诚', '赖清德', '贺龙',
  '尼克松', '孙政才', '孙中山', '乾隆', '康熙', '魏京生', '马英九', '马化腾', '王友群', '李登辉', '文在寅', '希拉里', '岳飞', '孟建柱',
  '吴官正', '司马迁', '克林顿', '任正非', '蔡奇', '菅义伟', '莫迪', '苏轼', '汪文斌', '江绵恒', '梁振英', '杜甫', '李长春', '李瑞环',
  '李文亮', '戈尔巴乔夫', '张春桥', '张学良', '庄子', '孟子', '孙春兰', '姚文元', '辛灏年', '赵乐际', '蒋中正', '贾庆林', '谷开来', '苏东坡',
  '胡春华', '班农', '王洪文', '李先念', '叶利钦', '刘晓波', '佩洛西', '习仲勋',
];

/**
 * Everyday words that look like the given part of a three-character name (毛面前, 钟一直, 华政策).
 */
export const NOT_GIVEN_NAMES = [
  '福利', '税收', '集体', '地产', '自己', '之前', '之后', '以前', '以后', '以来', '以及', '为了', '而且', '而是', '其实', '其他', '其中', '自从', '用来', '少数', '一直', '突然', '正式', '全部', '首次', '多次', '两次', '三次', '长期', '左右', '面前', '方面', '发现', '回忆', '联合', '政策',
  '公司', '中心', '法庭', '法案', '研究', '作者', '释放', '陷入', '肯定', '信息', '治疗', '详细', '害怕', '科技', '关税', '警察',
  '经理', '科长', '队长', '所长', '先生', '女士', '文革', '表态', '同意', '认同', '一样', '一起', '一同', '本人', '家属', '政府',
  '当局', '时期', '时代', '年代', '晚年', '早年', '生前', '死后', '去世', '同志', '主席', '总理', '总统', '书记', '全国', '全家',
  // adverbs and time words opening on 从, 时, 今, 年, 日 or 无 (韩时常说, 李今早表示, 王年初表示, 蔡无意表示)
  '从未', '从来', '从不', '从此', '从而', '从容', '从前', '从小', '从中', '时常', '时而', '时刻', '时候', '时间', '时任', '今早',
  '今晚', '今天', '今年', '今日', '今后', '今夜', '今仍', '今已', '年初', '年底', '年中', '年前', '年后', '年内', '年来', '日前',
  '日后', '日内', '日益', '日渐', '日夜', '无意', '无奈', '无须', '无需', '无法', '无疑', '无论', '无关', '无罪',
];

/** Surnames that are also everyday words (曾经, 于是, 向来): a name with one needs a sure end (曾庆红表示). */
export const AMBIGUOUS_SURNAMES = '曾于';

/** Adverbs between a speaker and the verb (`吴伟也表示`, `赵立坚当天表示`). */
export const SPEECH_ADVERBS = [
  '也', '亦', '还', '则', '又', '更', '曾', '都', '就', '随即', '随后', '当时', '当天', '此前', '早前', '日前', '近日', '今天', '昨天',
  '再次', '公开', '对此', '复',
];

/**
 * Transliteration characters that seldom occur in ordinary words. A transliterated name with no dot and
 * no Latin original must hold one of these (彭斯, 佩恩 — but not 伦理, 博文).
 */
export const STRONG_TRANSLIT_CHARS =
  '斯尔克娜莉蒂妮娅琪黛茜薇婕丝瑟赫茨兹沃奥埃伊谢耶佩珀帕彭蓬鲍贝卡凯坎柯肯奎昆拉莱赖兰朗劳勒雷蕾罗洛玛迈麦曼梅姆穆纳奈涅诺欧潘庞皮乔切契恰萨塞赛桑莎舍施什舒索塔汤特滕托瓦韦沃乌锡詹扎佐卓翰逊戈格葛贡圭哈亨霍吉杰捷夫登拜普';

/**
 * Words ending in a transliteration character that stand right before names (`揭露亨特·拜登`,
 * `宣布乔·拜登`): a given name read backwards stops before them.
 */
export const WORDS_BEFORE_TRANSLIT = [
  '鼻祖', '始祖', '始于', '由于', '对于', '关于', '至于', '属于', '基于', '终于',
  '揭露', '披露', '透露', '暴露', '流露', '赞扬', '表扬', '宣扬', '感谢', '答谢', '致谢', '宣布', '公布', '发布', '颁布', '分布',
  '遍布', '刊登', '攀登', '到达', '表达', '转达', '传达', '抵达', '发达', '参加', '增加', '追加', '胜利', '福利', '顺利', '公安',
  '治安', '平安', '东西', '资金', '美金', '黄金', '独特', '奇特', '赞美', '欧美', '中美', '英文', '中文', '品德', '道德', '偶尔',
  '支持', '包括', '联系', '通知', '逮捕', '起诉', '会见', '接见', '邀请', '采访', '拜访',
];

/** Words that cannot follow a transliterated name as its next syllable (布林肯特别…, 亨特·拜登提供…). */
export const TRANSLIT_STOP_WORDS = [
  '特别', '特使', '多次', '多年', '加强', '加入', '达成', '会见', '会面', '会谈', '以及', '马上', '大选', '大使', '大会', '大学',
  '大桥', '大道', '大街', '大厦', '安全', '利用', '可能', '可以', '德国', '法国', '美国', '英国', '西方', '东方', '南方', '亚洲',
  '欧洲', '非洲', '夫妇', '夫人', '普遍', '总统', '总理', '政府', '家族', '提供', '提出', '提到', '提交', '提名', '提议', '真的',
  '真正', '得到', '得知', '得以', '让步', '卫生', '明确', '明天', '文章', '本人', '本周', '代表', '当时', '当天', '当选', '道歉',
  '尼亚', '里面', '华府', '金融',
];

/**
 * Words right after a name that make it an institution, a place or a doctrine (约翰·霍普金斯大学,
 * 理查德·尼克松总统图书馆, 马克思主义).
 */
export const ORG_WORDS_AFTER_NAME = [
  '大学', '学院', '医院', '基金会', '研究所', '研究院', '中心', '公司', '集团', '学会', '协会', '酒店', '大桥', '大道',
  '大街', '广场', '体育场', '球场', '机场', '街', '路', '港', '岛', '市', '州', '县', '镇', '村',
  '湖', '湾', '堡', '定律', '效应', '主义', '模式', '奖', '号', '杯', '赛', '基地', '合伙', '律师事务所',
  '图书馆', '纪念馆', '总统图书馆', '号航母', '号航空母舰', '思想', '理论', '路线', '派出所', '办事处', '居委会', '村委会', '看守所', '监狱',
  '法院', '检察院', '公安局', '分局',
];
