"""Text-level boilerplate of Chinese news pages: the rules the clean pipeline applies.

Markup-level furniture (pagers, 原标题 blocks …) is removed at extraction by each profile's
``body_exclude``; what is left here is text that turns up inside body containers on many
portals, in either script (the BIG5 gateway converts the labels too: 分享到, 推薦閱讀 …).
Each rule is a regex over one whitespace-squashed paragraph.
"""

from __future__ import annotations


#: A paragraph matching any of these is furniture wherever it appears: dropped, counted.
DROP_LINES: tuple[str, ...] = (
    r"^分享到",  # share widgets
    r"^(?:评论|評論)\s*[:：]?\s*\d*$",  # comment links
    # QR prompts: a line of its own (a paragraph of the story may end with one: it stays)
    r"^(?=.{0,60}$).*?(?:扫一扫|掃一掃|二维码|二維碼|长按识别|長按識別|扫码|掃碼)",
    r"^(?:关注|關注).{0,16}(?:微信|公众号|公眾號|客户端|客戶端|抖音|视频号|視頻號)",
    r"^(?:推荐阅读|推薦閱讀|图片新闻|圖片新聞|商务链接|商務鏈接)$",
    r"抢沙发|搶沙發|^(?:还没有评论|還沒有評論|暂无评论|暫無評論)|^(?:评论内容为空|評論內容為空)",  # a comment box's prompts
    r"^(?:网站声明|網站聲明|免责声明|免責聲明)$",
    r"^(?:声明|聲明|特别声明|特別聲明|免责声明|免責聲明)\s*[:：]",  # a disclaimer paragraph (版权声明: below)
    r"版权所有|版權所有|版权咨询|版權咨詢|版权合作|版權合作|版权声明|版權聲明|版权归|版權歸|未经允许不得转载|未經允許不得轉載|授权转载|授權轉載|未经授权|未經授權",
    r"^[（(【\[]?\s*(?:原标题|原標題)\s*[:：]",  # 原标题：… / （原标题：…） closing the text
    r"^(?:关键字|關鍵字|关键词|關鍵詞|标签|標籤|Tags?)\s*[:：].{0,60}$",  # the article's keywords line
    # The standard reprint disclaimer of Chinese portals, in its usual wordings.
    r"转载目的在于传递更多信息|轉載目的在於傳遞更多信息|不代表本网(?:站)?(?:赞同|观点|立场)|不代表本網(?:站)?(?:贊同|觀點|立場)|仅代表作者(?:本人)?观点|僅代表作者(?:本人)?觀點",
    r"^(?:进入论坛|進入論壇|手机读报|手機讀報)",
    r"^(?:上一篇|下一篇|上一页|下一頁|下一页|上一頁|返回首页|返回首頁)\s*[:：]?",
    r"^/?(?:阅读下一篇|閱讀下一篇|阅读全文|閱讀全文|展开全文|展開全文)/?$",
    r"^返回\S{0,8}(?:首页|首頁)",  # 返回网易首页 下载网易新闻客户端
    r"^(?:Notice|Disclaimer|Statement)\s*[:：]\s*The content",  # a platform's English disclaimer
    r"^广告\S.{0,38}$",  # an ad teaser inside the article column: 广告 + its title
    # a pager's text left in the body: 1 2 3 下一页, 【1】【2】, and its numbers run together (12, 123:
    # the links printed without a space); not a section's number (01).  A number's digits are taken
    # three at a time (``{1,3}+``): split every way they can be, a line that opens with thirty
    # numbers took hours to fail.
    r"^(?:(?:上一页|下一页|首页|尾页|[【\[]?\d{1,3}+[】\]]?)\s*){2,}$",
    r"^[【\[]?(?!0)\d{2,3}[】\]]?\s*$",
    r"^第\s*\d+\s*页\s*/\s*共\s*\d+\s*页",  # 第1页/共3页 << 上一页 | 下一页 >>
    r"^.{0,36}(?:客户端|客戶端|APP|App)下载$",  # an app promotion: 某某客户端下载
    r"^(?:下載|下载)\S{0,20}(?:APP|App|客户端|客戶端)\S?$",  # 下載「某某日報APP」, 下载某某客户端
    r"^(?:打开|打開).{0,12}(?:APP|App|客户端|客戶端)",  # 打开某某APP，阅读体验更佳
    r"^.{0,20}(?:去|到)\s*(?:App|APP|应用)\s*(?:商店|市场|Store)\s*搜",  # …？去 App 商店搜 某某日报
    r"^(?:题图|題圖|头图|頭圖)\s*(?:[:：]|来自|來自|来源|來源)",  # the header picture's credit: 题图来自 视觉中国
    r"^【?\s*(?:打印|关闭|關閉|纠错|糾錯|收藏|字号|字號)[^\w]{0,3}】?$",
    # a row of widget buttons: 【打印本页】 【关闭窗口】, 【我要纠错】
    r"^(?:[【\[]\s*(?:打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|我要纠错|我要糾錯|纠错|糾錯|收藏本页|收藏)\s*[】\]]\s*){1,4}$",
    r"^(?:点击|點擊)(?:查看|进入|進入|阅读|閱讀)",
    r"^(?:责任编辑|責任編輯|责编|責編)\s*[:：]",  # editor line without brackets
    r"^(?:校对|校對|审校|審校)\s*[:：/|｜].{0,12}$",  # a proofreader's credit: 校对/某某
    # site footers and disclaimers that a too-wide body container can bring along
    r"未经.{0,6}(?:授权|授權|许可|許可|同意|允许|允許).{0,6}(?:不得|禁止|严禁|嚴禁|请勿|請勿)|未經.{0,6}(?:授权|授權|许可|許可|同意|允许|允許).{0,6}(?:不得|禁止|严禁|嚴禁|请勿|請勿)|非经.{0,6}(?:授权|授權|许可|許可|同意|允许|允許).{0,6}(?:不得|禁止|严禁|嚴禁|请勿|請勿)|非經.{0,6}(?:授权|授權|许可|許可|同意|允许|允許).{0,6}(?:不得|禁止|严禁|嚴禁|请勿|請勿)"  # (each opening written out: a class first is 8× dearer)
    r"|版权(?:均)?(?:属于|屬於)|版權(?:均)?屬於",
    r"违法和不良信息举报|違法和不良信息舉報|ICP备\d|ICP證|ICP证|公网安备|公網安備|网站标识码|網站標識碼",
    # a site's licences and certificates by number (增值电信业务经营许可证（ICP）：沪B2-2005…, 互联网新闻信息服务
    # 许可证：3112…, ISO9001质量管理体系认证：00307Q…)
    r"(?:许可证|許可證|体系认证|體系認證)\s*(?:[（(][^）)]{0,8}[）)])?\s*[:：]\s*\S{0,12}?\d{5,}",
    r"^[-—–_=＝*＊~～·•.。…─━－\s]{3,}$",  # a rule drawn in characters (------, ＊＊＊, ＝＝＝)
    # the help lines papers print under a suicide report (自殺防治專線 / 生命線 1995 …)
    r"(?:自殺|自杀)(?:防治|諮詢|咨询|關懷|关怀|安心){0,3}(?:專線|专线|熱線|热线)"
    r"|^(?:生命線|生命线|張老師|张老师)\S{0,4}\s*[:：]\s*\d"  # 生命線協談專線：1995, 張老師專線：1980
    r"|關心您\s*[:：]\s*再給自己一次機會|关心您\s*[:：]\s*再给自己一次机会"  # (no group in front: measured 10× dearer)
    r"|^自殺解決不了問題|^自杀解决不了问题|^再給自己一次機會$|^再给自己一次机会$|^《[^》]{1,8}》(?:關心你|关心你|關心您|关心您)$",
    r"^(?:[#＃][^#＃\s]{1,24}\s*){2,}$",  # the article's hashtags: #墨子科技 #行動電源 #充電器
    # a teaser of another story set in the text: （熱門點閱：某某標題） / 延伸阅读：某某标题
    r"^[（(【\[]?\s*(?:熱門點閱|热门点阅|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|相關新聞|相关新闻|相關閱讀|相关阅读)\s*[:：]\s*\S",
    r"點我下載\s*(?:APP|App)|点我下载\s*(?:APP|App)|點此下載\s*(?:APP|App)|点此下载\s*(?:APP|App)",  # 點我下載APP 按我看活動辦法
    r"^[【\[（(]?\s*更多.{0,12}(?:请|請)(?:上|到|关注|關注|下载|下載|登录|登錄|访问|訪問)",  # 【更多新聞詳情請上 - 某某新聞網】
    r"^(?:本文|文章|稿件|信息)?(?:来源|來源|稿源)\s*[:：|｜]\s*\S{2,20}$",  # a reprint's source line
    r"^[（(【\[]\s*(?:本文|文章|稿件|信息)?(?:来源|來源|稿源)\s*[:：]\s*[^\s）)】\]]{2,20}\s*[）)】\]]$",  # （来源：某某日报）
    r"^(?:文章|本文)(?:来源于|來源於)\S{2,20}(?:公众号|公眾號)$",
    r"转载自|轉載自|转载请注明|轉載請註明|转载须注明|轉載須註明",  # reprint notes
    # "for reference only, not advice, at your own risk": a labelled notice, or the two claims
    # together (either alone can be a sentence of the story: 投资者风险自担).
    r"^(?:特别提示|特別提示|温馨提示|溫馨提示|风险提示|風險提示|免责提示|免責提示)\s*[:：].{0,80}(?:仅供|僅供|不构成|不構成|风险自担|風險自擔)",
    r"仅供(?:读者)?参考.{0,12}不构成(?:任何)?(?:投资)?建议|僅供(?:讀者)?參考.{0,12}不構成(?:任何)?(?:投資)?建議",
    # a finance site's risk notice under every article: its heading, and its text opening with the warning
    r"^(?:风险提示及免责条款|風險提示及免責條款|风险提示|風險提示|免责条款|免責條款)$",
    r"^市场有风险\s*[，,]\s*投资需谨慎|^市場有風險\s*[，,]\s*投資需謹慎",
    r"^(?:打印本页|打印本頁|打印此页|打印此頁|关闭窗口|關閉窗口)",  # a print/close widget's text
    r"^(?:点击|點擊)?(?:阅读原文|閱讀原文)$",
    # a page's widgets and a platform's footer, each a line of its own
    r"^[【\[]?\s*(?:字号|字號)\s*[:：]?\s*(?:[大中小]\s*){2,3}[】\]]?$",  # 【字号 大 中 小】
    r"^(?:返回顶部|返回頂部|回到顶部|回到頂部)$",
    r"^(?:点赞|點讚|點贊|在看|赞赏|讚賞|分享|转发|轉發|收藏)$",
    r"^[▼▲↓↑►▶◆●■□◇○※★☆👇⬇]{1,6}$",  # a lone arrow or mark pointing at what follows
    r"^(?:欢迎|歡迎)(?:关注|關注)",
    r"^(?:关注我们|關注我們)$|^(?:长按|長按)(?:关注|關注)|^(?:点击|點擊)(?:上方|下方)?\S{0,4}(?:关注|關注)",  # 点击上方蓝字关注我们
    r"^(?:喜欢就|喜歡就|觉得不错|覺得不錯).{0,12}(?:点赞|點讚|在看|分享|转发|轉發)",
    r"^(?:查看原文|收起|展开|展開)$",
    r"^(?:原文链接|原文連結|原文地址|本文链接|本文鏈接)\s*[:：]",  # 原文链接：https://…
    # a page's counters: 阅读 1234, 浏览次数：1234
    r"^(?:阅读|閱讀|浏览|瀏覽|点击|點擊|浏览次数|瀏覽次數|点击数|點擊數|阅读量|閱讀量|浏览量|瀏覽量|阅读数|閱讀數)\s*[:：]?\s*\d+\s*次?$",
    r"^(?:分享|分享至)\s*[:：]$",
    r"^(?:字体|字體)\s*[:：]\s*(?:[大中小]\s*){2,3}$|^[【\[]\s*(?:[大中小]\s*){3}[】\]]$",
    r"^(?=.{0,80}$).{0,40}(?:如有侵权|如有侵權|若有侵权|若有侵權)\s*[，,]?\s*(?:请|請)?\s*(?:联系|聯繫|聯系|告知)",  # …如有侵权请联系删除
    r"^(?=.{0,80}$).{0,40}(?:请|請)下载.{0,12}(?:APP|App|客户端|客戶端)",  # （…更多原创资讯请下载“某某”APP）
    # a paywall's prompt in place of the text, to the reader (…建議您加入某某付費會員, 开通VIP会员…)
    r"^(?=.{0,80}$)(?:.*(?:您|你|請|请|立即|立刻|馬上|马上))?(?:加入|成為|成为|升級|升级|開通|开通)\S{0,12}(?:付費|付费|訂閱|订阅|VIP)\s*(?:會員|会员)",
    r"^(?:新闻热线|新聞熱線|报料热线|報料熱線|爆料热线|爆料熱線|投稿热线|投稿熱線)\s*[:：]",
    r"^[-—–_\s]*(?:THE\s+|The\s+)?(?:END|End)[-—–_\s]*$",  # a WeChat article's end mark: —END—, — THE END —
    r"^[【（(\[]\s*(?:全文|本文)?完\s*[】）)\]]$",  # 【完】, （全文完）
    r"^(?:欢迎投稿|歡迎投稿|投稿邮箱|投稿郵箱)",
    r"^[（(]?\s*(?:本文)?(?:转自|轉自)",  # （本文转自某某公众号）
    # a production team's credits under a feature: 监制：某 / 海报设计：某 (neither writers nor editors)
    r"^(?:总监制|總監製|监制|監製|策划|策劃|统筹|統籌|出品|制作|製作|设计|設計|海报设计|海報設計|视频|視頻|剪辑|剪輯|审读|審讀"
    r"|排版|美编|美編)"
    r"\s*[:：/|｜].{0,20}$",
)

#: A site's footer and a blog engine's entry lines, printed in English by many Chinese sites'
#: templates: dropped from the body like :data:`DROP_LINES`, but not counted as junk when the
#: containers are scored (:data:`newscrawl.extract.container.JUNK`): an English footer line
#: left in a wrapper's measures keeps the wrapper around article and footer less dense than
#: the article (measured on a real portal page whose container choice flipped when it was junk).
LATIN_FOOTER_LINES: tuple[str, ...] = (
    # (each searched alternative opens with its literal, cases written out: :class:`Rules`)
    r"All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED|all rights reserved|may not be (?:re)?published, broadcast",
    r"^(?:Copyright|COPYRIGHT|copyright)\b|^\s*©\s*(?:Copyright\s*)?\d{4}",
    r"^(?:Best|best) viewed (?:in|with|at)\b",
    r"建议\S{0,6}(?:分辨率|解析度)|建議\S{0,6}(?:分辨率|解析度)|最佳\S{0,6}(?:分辨率|解析度)",
    r"^(?:Posted|posted) (?:by|in|on)\s|^(?:Filed|filed) under\s|^(?:Short|short) ?(?:URL|url|Url)\s*:",
    r"\|\s*Posted (?:by|in)\s|follow any responses to this entry|leave a (?:response|comment), or trackback",
)

#: A paragraph matching any of these starts a tail of links: it and everything after go.
CUT_FROM: tuple[str, ...] = (
    r"^(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關鏈接|延伸阅读|延伸閱讀|相关报道|相關報道|相关文章|相關文章)\s*[:：]?$",
    # recommendation and comment sections a template puts under the story (class names vary; the
    # words do not)
    r"^(?:猜你喜欢|猜你喜歡|为你推荐|為你推薦|为您推荐|為您推薦|精彩推荐|精彩推薦|热门推荐|熱門推薦|更多精彩|热点推荐|熱點推薦"
    r"|往期回顾|往期回顧|往期精彩|往期精彩回顾|往期精彩回顧|往期推荐|往期推薦)\s*[:：]?$",
    r"^(?:网友评论|網友評論|热门评论|熱門評論|最新评论|最新評論|我要评论|我要評論|发表评论|發表評論)\s*[:：]?$",
    # the sources a compiled story lists under it (参考链接： 1. title, URL …)
    r"^(?:参考链接|參考連結|參考鏈接|参考来源|參考來源|参考资料来源|參考資料來源)\s*[:：]?$",
)

#: Marks removed from inside paragraphs: print-edition ones （下转4版） （上接1版）, and a platform's
#: 返回某某，查看更多 link run into the last line.  (The space around a mark is squashed after;
#: a rule opening with ``\s*`` would be tried at every position of every line.)
INLINE_MARKS: tuple[str, ...] = (
    r"[（(]\s*(?:下转|下轉|上接|转|轉)\s*第?\s*\d+\s*版\s*[）)]",
    r"返回\S{1,8}[，,]\s*查看更多\s*$",  # a reposting platform's link glued to the last line
    r"【\s*(?:纠错|糾錯|打印|关闭|關閉|收藏)\s*】",  # a widget's button run into the editor's line: 【纠错】 【责任编辑:某】
)

#: A wire story's end mark, closing its last paragraph (……焕发新活力。（完）): taken off the end (a
#: test of the line's end, not a rule: a rule opening with a bracket class is searched at every
#: position of every line, 10× dearer).
END_MARKS: tuple[str, ...] = ("（完）", "(完)")

#: Images that are furniture (QR codes, share icons), by URL.
DROP_IMAGE_URLS: tuple[str, ...] = (r"qrcode|erweima|ewm|/share/|/icon", )
