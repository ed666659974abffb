"""What portals do to a story they reprint, and stories that only look alike: test material.

``EDITS`` maps each kind of edit the near-duplicate detector must see through (issue 10) to a
function ``(article, rng) -> (body, title) | None`` (None: the kind does not apply, e.g. no
picture to remove).  ``near_miss_pairs`` writes pairs of genuinely *different* stories that
share a template and its boilerplate: council notices, weather reports, "X县召开Y会议".

All sentences here are written for this project.
"""

from __future__ import annotations

import random
import re

import opencc

from newscrawl.pipelines.clean import BodyCleaner
from newscrawl.replica.gateway import to_gateway_big5

_S2T = opencc.OpenCC("s2hk")  # a Hong Kong portal's traditional script (衞, 揹 …)
_CLEANER = BodyCleaner()

#: Sentences an editor adds to a story it reprints.
ADDED = [
    "记者了解到，相关工作正在有序推进。",
    "据悉，该项目由县发展和改革局牵头实施。",
    "下一步，当地将持续跟踪问效，确保各项措施落地见效。",
    "活动现场，不少群众纷纷点赞。",
    "截至目前，各项准备工作已基本就绪。",
    "这是当地今年以来开展的第三次同类活动。",
    "有关负责人表示，将进一步完善长效机制。",
    "据了解，此项工作将持续到年底。",
]
PLACES = ["吕梁", "兴县", "临县", "汾阳", "太原", "山西"]


def cleaned(lines: list[str]) -> str:
    """What the clean pipeline leaves of a reprint's body lines."""
    return "\n".join(_CLEANER.clean(lines).paragraphs)


def _header_footer(a, rng):
    head = [rng.choice(["来源：山西新闻网", "来源：吕梁日报", "稿源：山西日报"]), f"记者 {rng.choice(['王喆', '李明', '郝晓宁'])}"]
    tail = [f"责任编辑：{rng.choice(['张三', '赵四'])}",
            rng.choice(["（本文转载自山西新闻网）", "版权所有，转载请注明出处", "【来源：吕梁日报】"])]
    return cleaned(head + list(a.paragraphs) + tail), a.title


def _traditional(a, rng):
    body, title = _header_footer(a, rng)
    return _S2T.convert(body), _S2T.convert(title)


def _closing_dropped(a, rng):
    paras = list(a.paragraphs)
    if len(paras) >= 2:
        return "\n".join(paras[:-1]), a.title
    parts = [p for p in re.split(r"(?<=[。！？])", paras[0]) if p]
    if len(parts) < 2:
        return None
    return "".join(parts[:-1]), a.title


def _sentences_added(a, rng):
    paras = list(a.paragraphs)
    for s in rng.sample(ADDED, rng.choice((1, 2))):
        where = rng.randrange(len(paras) + 1)
        if where == len(paras) or rng.random() < 0.5:
            paras.insert(where, s)  # a paragraph of its own
        else:
            paras[where] += s       # appended to a paragraph
    return "\n".join(paras), a.title


def _place_prefixed(a, rng):
    place = rng.choice(PLACES)
    paras = list(a.paragraphs)
    paras[0] = rng.choice([f"{place}讯　", f"（{place}）", f"本报{place}讯　"]) + paras[0]
    return "\n".join(paras), f"{place}：{a.title}"


def _images_removed(a, rng):
    """The original prints captions under its pictures; the reprint leaves the pictures out.
    Returns the *original's* body with captions (the reprint is the plain body)."""
    if not any(img.caption for imgs in a.images.values() for img in imgs):
        return None
    paras = []
    for i, p in enumerate(a.paragraphs):
        paras += [img.caption for img in a.images.get(i, []) if img.caption]
        paras.append(p)
    return "\n".join(paras), a.title


EDITS = {
    "gateway twin": lambda a, rng: (to_gateway_big5("\n".join(a.paragraphs)), to_gateway_big5(a.title)),
    "header/footer lines": _header_footer,
    "traditional script": _traditional,
    "closing paragraph dropped": _closing_dropped,
    "one or two sentences added": _sentences_added,
    "title prefixed with a place": _place_prefixed,
    "images removed": _images_removed,
}


# -- different stories from one template --------------------------------------------------
_COUNTIES = ["兴县", "临县", "岚县", "方山县", "石楼县", "交口县", "柳林县", "中阳县", "孝义市", "汾阳市", "文水县", "交城县"]
_BUREAUS = ["应急管理局", "教育局", "卫生健康局", "住房和城乡建设局", "农业农村局", "市场监督管理局"]
_OCCASIONS = ["清明节", "五一", "端午节", "中秋节", "国庆节", "元旦", "春节", "汛期", "冬季", "夏季"]
_MEETINGS = ["安全生产工作会议", "乡村振兴推进会", "重点项目建设调度会", "防汛工作部署会", "森林防灭火工作会议",
             "营商环境优化提升推进会", "教育工作会议", "信访工作联席会议", "招商引资工作推进会", "人居环境整治现场会"]
_WEATHER = ["晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "小雪", "晴转多云", "多云转阴", "阴转小雨"]
_WINDS = ["北风", "南风", "西北风", "东南风", "偏东风", "偏西风"]

_NOTICE_BOILERPLATE = [
    "各单位要进一步提高思想认识，严格落实领导带班和24小时值班制度。",
    "要加强隐患排查治理，对发现的问题立查立改，确保不留死角。",
    "遇有突发情况，要第一时间报告，不得迟报、漏报、瞒报。",
    "特此通知。",
]
_MEETING_BOILERPLATE = [
    "会议传达学习了上级有关会议精神，听取了各责任单位工作进展情况汇报。",
    "会议强调，各级各部门要提高政治站位，切实增强责任感和紧迫感。",
    "要坚持问题导向，聚焦重点难点，拿出务实管用的举措。",
    "要压实工作责任，强化督导考核，确保各项任务落地落实。",
    "会议要求，各乡镇各部门要认真落实24小时值班制度，做到响应及时。",
]


def _notice(rng, county, bureau, occasion, year):
    head = f"{county}{bureau}关于做好{year}年{occasion}期间安全生产工作的通知。各乡镇、各有关单位："
    lead = f"{occasion}将至，为切实做好{occasion}期间{county}安全生产工作，现将有关事项通知如下。"
    body = _NOTICE_BOILERPLATE[: rng.randint(1, len(_NOTICE_BOILERPLATE))]
    return "\n".join([head, lead, *body])


def _weather(rng, city, month, day, sky, hi, lo, wind, level):
    first = f"{city}气象台{month}月{day}日6时发布天气预报：今天白天{sky}，夜间{sky}，{wind}{level}级，最高气温{hi}℃，最低气温{lo}℃。"
    extra = ["请广大市民注意添衣保暖，合理安排出行。", "道路湿滑，请注意交通安全。", "森林火险等级较高，请注意防火。"]
    return "\n".join([first, *extra[: rng.randint(0, len(extra))]])


def _meeting(rng, month, day, county, meeting, n_boiler):
    first = f"{month}月{day}日，{county}召开{meeting}，安排部署下一阶段工作。"
    return "\n".join([first, *_MEETING_BOILERPLATE[:n_boiler]])


def near_miss_pairs(rng: random.Random, per_family: int = 100) -> list[tuple[str, str, str]]:
    """``(family, body a, body b)``: two different stories from one template, one fact apart
    at least (a place, a date, an occasion, a temperature), boilerplate shared."""
    out: list[tuple[str, str, str]] = []
    for _ in range(per_family):
        year = rng.choice((2023, 2024))
        c1, c2 = rng.sample(_COUNTIES, 2)
        b1 = rng.choice(_BUREAUS)
        o1, o2 = rng.sample(_OCCASIONS, 2)
        n = rng.randint(1, 4)
        r1, r2 = random.Random(n), random.Random(n)
        which = rng.randrange(3)  # another county, another occasion, another year
        a = _notice(r1, c1, b1, o1, year)
        b = _notice(r2, c2 if which == 0 else c1, b1, o2 if which == 1 else o1, year + 1 if which == 2 else year)
        out.append(("council notice", a, b))
    for _ in range(per_family):
        city = rng.choice(["吕梁", "太原", "忻州", "临汾"])
        m, d = rng.randint(1, 12), rng.randint(1, 27)
        sky, wind = rng.choice(_WEATHER), rng.choice(_WINDS)
        hi, lo, level = rng.randint(5, 30), rng.randint(-10, 4), rng.randint(2, 5)
        n = rng.randint(0, 3)
        which = rng.randrange(3)  # the next day, another temperature, another sky
        a = _weather(random.Random(n), city, m, d, sky, hi, lo, wind, level)
        b = _weather(random.Random(n), city, m, d + 1 if which == 0 else d, sky if which != 2 else
                     next(w for w in _WEATHER if w != sky), hi + 1 if which == 1 else hi, lo, wind, level)
        out.append(("weather", a, b))
    for _ in range(per_family):
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        c1, c2 = rng.sample(_COUNTIES, 2)
        g1, g2 = rng.sample(_MEETINGS, 2)
        n = rng.randint(1, len(_MEETING_BOILERPLATE))
        which = rng.randrange(3)  # another county, another meeting, another day
        a = _meeting(rng, m, d, c1, g1, n)
        b = _meeting(rng, m, d + 1 if which == 2 else d, c2 if which == 0 else c1, g2 if which == 1 else g1, n)
        out.append(("X县召开Y会议", a, b))
    return out
