"""Synthetic WhatsApp exports in the layouts the app writes per locale, with their ground truth.

Written from the documented and commonly reported export shapes (never from real exports). Each layout
is a header template; `{d}`/`{dd}` day, `{m}`/`{mm}` month, `{yy}`/`{yyyy}` year, `{H}`/`{HH}` 24-hour,
`{h}` 12-hour, `{MM}` minute, `{SS}` second, `{P}` the locale's half-day marker; `{by}`/`{byy}` Buddhist
year (4 or 2 digits), `{era}` Japanese Reiwa year. Digits may be Arabic-Indic or Persian.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

NNBSP, NBSP, LRM, RLM = "\u202f", "\u00a0", "\u200e", "\u200f"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class Layout:
    name: str
    header: str                        # template of the date/time part, ending with " - " or "] "
    markers: tuple[str, str] = ("", "")
    digits: dict | None = None
    ios: bool = False
    notices: tuple[str, ...] = ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
                                "WhatsApp, can read or listen to them.", "{a} created group \"Vote 2020\"",
                                "{a} added {b}", "{b} left")
    media: str = "<Media omitted>"
    deleted: str = "This message was deleted"


FR = ("Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire "
      "ou les écouter.", "{a} a créé le groupe « Vote 2020 »", "{a} a ajouté {b}", "{b} est parti")
ES = ("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera "
      "WhatsApp, puede leerlos ni escucharlos.", "{a} creó el grupo \"Voto 2020\"", "{a} añadió a {b}", "{b} salió")
DE = ("Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.",
      "{a} hat die Gruppe „Wahl 2020“ erstellt", "{a} hat {b} hinzugefügt", "{b} hat die Gruppe verlassen")
PT = ("As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.",
      "{a} criou o grupo \"Voto 2020\"", "{a} adicionou {b}", "{b} saiu")
AR = ("الرسائل والمكالمات مشفرة تماماً بين الطرفين. لا أحد خارج هذه الدردشة يستطيع قراءتها.",
      "أنشأ {a} المجموعة \"انتخابات\"", "أضاف {a} {b}", "غادر {b}")
JA = ("メッセージと通話はエンドツーエンドで暗号化されています。", "{a}がグループ「選挙」を作成しました",
      "{a}が{b}を追加しました", "{b}が退出しました")
RU = ("Сообщения и звонки защищены сквозным шифрованием.", "{a} создал(а) группу «Выборы»",
      "{a} добавил(а) {b}", "{b} вышел(-а)")
TR = ("Mesajlar ve aramalar uçtan uca şifrelidir.", "{a} \"Seçim\" grubunu oluşturdu", "{a}, {b} kişisini ekledi",
      "{b} ayrıldı")
IOS_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
          "{a} created group “Vote 2020”", "{a} added {b}", "{b} left")

LAYOUTS = [
    Layout("en_US android", "{m}/{d}/{yy}, {h}:{MM}" + NNBSP + "{P} - ", ("AM", "PM")),
    Layout("en_US android old", "{m}/{d}/{yy}, {h}:{MM} {P} - ", ("AM", "PM")),
    Layout("en_US ios", "[{m}/{d}/{yy}, {h}:{MM}:{SS}" + NNBSP + "{P}] ", ("AM", "PM"), ios=True, notices=IOS_EN),
    Layout("en_GB android", "{dd}/{mm}/{yyyy}, {HH}:{MM} - "),
    Layout("en_GB ios", "[{dd}/{mm}/{yyyy}, {HH}:{MM}:{SS}] ", ios=True, notices=IOS_EN),
    Layout("en_IN android", "{dd}/{mm}/{yy}, {h}:{MM}" + NNBSP + "{P} - ", ("am", "pm")),
    Layout("fr_FR android", "{dd}/{mm}/{yyyy} à {HH}:{MM} - ", notices=FR, media="<Médias omis>",
           deleted="Ce message a été supprimé"),
    Layout("fr_FR android comma", "{dd}/{mm}/{yyyy}, {HH}:{MM} - ", notices=FR, media="<Médias omis>"),
    Layout("fr_FR ios", "[{dd}/{mm}/{yyyy} {HH}:{MM}:{SS}] ", ios=True, notices=IOS_EN),
    Layout("fr_CA android", "{yyyy}-{mm}-{dd} {HH} h {MM} - ", notices=FR, media="<Médias omis>"),
    Layout("de_DE android", "{dd}.{mm}.{yy}, {HH}:{MM} - ", notices=DE, media="<Medien ausgeschlossen>",
           deleted="Diese Nachricht wurde gelöscht"),
    Layout("de_DE ios", "[{dd}.{mm}.{yy}, {HH}:{MM}:{SS}] ", ios=True, notices=IOS_EN),
    Layout("de_AT 12h", "{dd}.{mm}.{yy}, {h}:{MM} {P} - ", ("vorm.", "nachm."), notices=DE),
    Layout("es_ES android", "{d}/{m}/{yy}, {H}:{MM} - ", notices=ES, media="<Multimedia omitido>",
           deleted="Se eliminó este mensaje"),
    Layout("es_MX android 12h", "{d}/{m}/{yyyy}, {h}:{MM} {P} - ", ("a." + NBSP + "m.", "p." + NBSP + "m."), notices=ES,
           media="<Multimedia omitido>"),
    Layout("es_CO ios 12h", "[{d}/{m}/{yy}, {h}:{MM}:{SS}" + NNBSP + "{P}] ", ("a. m.", "p. m."), ios=True,
           notices=IOS_EN),
    Layout("pt_BR android", "{dd}/{mm}/{yyyy} {HH}:{MM} - ", notices=PT, media="<Mídia oculta>",
           deleted="Mensagem apagada"),
    Layout("it_IT android", "{dd}/{mm}/{yy}, {HH}:{MM} - ", media="<Media omessi>"),
    Layout("nl_NL android", "{dd}-{mm}-{yyyy} {HH}:{MM} - ", media="<Media weggelaten>"),
    Layout("ru_RU android", "{dd}.{mm}.{yyyy}, {HH}:{MM} - ", notices=RU, media="<Без медиафайлов>"),
    Layout("tr_TR android", "{dd}.{mm}.{yyyy} {HH}:{MM} - ", notices=TR, media="<Medya dahil edilmedi>"),
    Layout("pl_PL android", "{dd}.{mm}.{yyyy}, {HH}:{MM} - "),
    Layout("sv_SE android", "{yyyy}-{mm}-{dd} {HH}:{MM} - "),
    Layout("fi_FI android", "{d}.{m}.{yyyy} klo {H}.{MM} - "),
    Layout("hu_HU android", "{yyyy}. {mm}. {dd}. {H}:{MM} - "),
    Layout("id_ID android", "{dd}/{mm}/{yy} {HH}.{MM} - ", media="<Media tidak disertakan>"),
    Layout("vi_VN android", "{HH}:{MM}, {d}/{m}/{yyyy} - "),
    Layout("el_GR 12h", "{d}/{m}/{yy}, {h}:{MM} {P} - ", ("π.μ.", "μ.μ.")),
    Layout("ja_JP android", "{yyyy}/{mm}/{dd} {HH}:{MM} - ", notices=JA, media="<メディアなし>"),
    Layout("ja_JP ios 12h", "[{yyyy}/{mm}/{dd} {P}{h}:{MM}:{SS}] ", ("午前", "午後"), ios=True, notices=IOS_EN),
    Layout("ja_JP era", "[R{era}/{mm}/{dd} {HH}:{MM}:{SS}] ", ios=True, notices=IOS_EN),
    Layout("ja_JP era kanji", "令和{era}/{m}/{d} {H}:{MM} - ", notices=JA),
    Layout("zh_CN android", "{yyyy}/{m}/{d} {P}{h}:{MM} - ", ("上午", "下午"), media="<省略影音内容>"),
    Layout("ko_KR android", "{yyyy}. {m}. {d}. {P} {h}:{MM} - ", ("오전", "오후")),
    Layout("ar_EG android", "{d}" + RLM + "/{m}" + RLM + "/{yyyy}، {h}:{MM} {P} - ", ("ص", "م"),
           digits=ARABIC_INDIC, notices=AR, media="<تم استبعاد الوسائط>"),
    Layout("ar ios", RLM + "[{d}" + RLM + "/{m}" + RLM + "/{yy}، {h}:{MM}:{SS} {P}] ", ("ص", "م"),
           digits=ARABIC_INDIC, ios=True, notices=IOS_EN),
    Layout("fa_IR android", "{yyyy}/{mm}/{dd}،" + RLM + " {HH}:{MM} - ", digits=PERSIAN),
    Layout("th_TH android", "{d}/{m}/{by} {HH}:{MM} - "),
    Layout("th_TH ios", "[{d}/{m}/{byy} {HH}:{MM}:{SS}] ", ios=True, notices=IOS_EN),
    Layout("he_IL android", RLM + "{d}.{m}.{yyyy}, {H}:{MM} - "),
    Layout("en_US ios lrm", LRM + "[{m}/{d}/{yy}, {h}:{MM}:{SS}" + NNBSP + "{P}] ", ("AM", "PM"), ios=True,
           notices=IOS_EN),
]
AUTHORS = ["Awa Traoré", "Moussa", "+223 70 12 34 56", "Fatoumata D.", "Ibrahim", "Seydou K", "Aminata 🇲🇱"]
TEXTS = ["Bonjour à tous", "Allez voter dimanche à Sikasso !", "Le bureau est fermé à Mopti", "Résultats : RPM 12, URD 9",
         "https://example.org/article?id=3", "Ok 👍", "Ni sɔgɔma, an bɛ taa vote kɛ", "À 14:30 - rendez-vous", "10/04/2020 ?"]


def _fields(when: datetime, layout: Layout) -> dict:
    h12 = when.hour % 12 or 12
    values = {"d": when.day, "dd": f"{when.day:02d}", "m": when.month, "mm": f"{when.month:02d}",
              "yy": f"{when.year % 100:02d}", "yyyy": when.year, "H": when.hour, "HH": f"{when.hour:02d}", "h": h12,
              "MM": f"{when.minute:02d}", "SS": f"{when.second:02d}", "P": layout.markers[when.hour >= 12],
              "by": when.year + 543, "byy": f"{(when.year + 543) % 100:02d}", "era": when.year - 2018}
    return {k: str(v) for k, v in values.items()}


def header(when: datetime, layout: Layout) -> str:
    text = layout.header.format(**_fields(when, layout))
    return text.translate(layout.digits) if layout.digits else text


@dataclass
class Chat:
    layout: Layout
    text: str
    posts: list          # (local datetime, author, text) in file order
    system_lines: int


def _notice_line(when, layout, notice, rng) -> str:
    a, b = rng.sample(AUTHORS, 2)
    body = notice.format(a=a, b=b)
    if layout.ios:  # iOS writes notices as the chat (or the member) speaking, text opened by a mark
        return f"{header(when, layout)}Vote 2020: {LRM}{body}"
    return header(when, layout) + body


def make_chat(layout: Layout, rng: random.Random, n_messages: int | None = None) -> Chat:
    """One export: notices first, then messages (some multi-line, some media or deleted) in time order."""
    when = datetime(2020, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), 0)
    lines, posts, system = [], [], 0
    n_messages = n_messages or rng.choice([3, 12, 40, 150])
    for notice in layout.notices:
        lines.append(_notice_line(when, layout, notice, rng))
        system += 1
        when += timedelta(minutes=1)
    for _ in range(n_messages):
        when += timedelta(minutes=rng.randint(1, 3000), seconds=rng.randint(0, 59) if layout.ios else 0)
        author, text = rng.choice(AUTHORS), rng.choice(TEXTS)
        roll = rng.random()
        if roll < 0.08:
            media = f"{LRM}image omitted" if layout.ios else layout.media
            lines.append(f"{header(when, layout)}{author}: {media}")
            system += 1
            continue
        if roll < 0.12:
            deleted = f"{LRM}This message was deleted." if layout.ios else layout.deleted
            lines.append(f"{header(when, layout)}{author}: {deleted}")
            system += 1
            continue
        if roll < 0.14:  # iOS: a missed call; Android "with media": the attached file's name
            note = f"{LRM}Missed voice call" if layout.ios else f"IMG-{when:%Y%m%d}-WA{rng.randint(0, 9999):04d}.jpg " \
                   "(file attached)"
            lines.append(f"{header(when, layout)}{author}: {note}")
            system += 1
            continue
        if roll < 0.25:
            text = f"{text}\n{rng.choice(TEXTS)}"
        if roll > 0.97:  # an edited message: the app appends a marker, the text stays a post
            lines.append(f"{header(when, layout)}{author}: {text} <This message was edited>")
            posts.append((when, author, text))
            continue
        lines.append(f"{header(when, layout)}{author}: {text}")
        posts.append((when, author, text))
    newline = rng.choice(["\n", "\n", "\r\n"])
    return Chat(layout, rng.choice(["", "\ufeff"]) + newline.join(lines) + newline, posts, system)


def corpus(n_per_layout: int = 8, seed: int = 0) -> list[Chat]:
    rng = random.Random(seed)
    return [make_chat(layout, rng) for layout in LAYOUTS for _ in range(n_per_layout)]
