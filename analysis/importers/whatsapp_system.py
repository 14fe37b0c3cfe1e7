"""WhatsApp lines that are not posts: notices the app writes (group created, member added or left,
encryption notice, missed call) and placeholders standing for a message (media omitted, deleted).

Structure decides first: the app writes a notice without "author: " (Android) or with a left-to-right
mark opening the text (iOS). The phrase table below, in the languages the app ships, names the kind
and catches placeholders that look like an author's message (`Awa: <Médias omis>`).
"""
from __future__ import annotations

import re

from analysis.importers.whatsapp_dates import MARKS

KINDS = {
    "encryption notice": (
        r"end-to-end", r"de bout en bout", r"extremo a extremo", r"ende-zu-ende", r"ponta a ponta",
        r"crittografat", r"шифровани", r"uçtan uca", r"تشفير", r"مشفرة", r"エンドツーエンド", r"端到端", r"端對端",
        r"종단간", r"ujung ke ujung", r"رمزگذاری", r"एंड-टू-एंड", r"จากต้นทางถึงปลายทาง", r"đầu cuối", r"szyfrowan",
        r"eind-tot-eind", r"end-to-end-kryptert", r"ende-til-ende"),
    "media omitted": (
        r"^<[^<>]{0,40}(?:media|médias|multimedia|medien|mídia|medya|メディア|媒体|影音|미디어|الوسائط|رسانه|मीडिया|"
        r"медиа|файл|attached|pièce jointe|adjunto|anhang|anexado|allegato|bijlage|lampiran)[^<>]{0,60}>$",
        r"^(?:image|video|vidéo|audio|sticker|gif|document|photo|contact card|carte de contact|imagen|vídeo|bild|"
        r"imagem|immagine|foto|stiker|documento|fichier|archivo|dokument)\s+(?:omitted|omise?|absente?|omitid[oa]|"
        r"weggelassen|ocultad[oa]|omess[oa]|weggelaten|dihilangkan)\b", r"document omitted$"),
    "media attached": (  # exports "with media": the file travels in the zip, the line names it
        r"^\S.{0,200}\.\w{2,5} \((?:file attached|fichier joint|archivo adjunto|datei angehängt|arquivo anexado|"
        r"file allegato|bestand bijgevoegd|dosya ekli|файл прикреплён|файл прикреплен|ملف مرفق|ファイル添付あり|"
        r"附件|lampiran file|فایل پیوست)\)$",),
    "deleted message": (
        r"^(?:this message was deleted|you deleted this message|ce message a été supprimé|vous avez supprimé ce message|"
        r"se eliminó este mensaje|eliminaste este mensaje|este mensaje fue eliminado|diese nachricht wurde gelöscht|"
        r"du hast diese nachricht gelöscht|mensagem apagada|esta mensagem foi apagada|você apagou esta mensagem|"
        r"questo messaggio è stato eliminato|hai eliminato questo messaggio|dit bericht is verwijderd|"
        r"данное сообщение удалено|вы удалили это сообщение|bu mesaj silindi|bu mesajı sildiniz|"
        r"تم حذف هذه الرسالة|لقد حذفت هذه الرسالة|このメッセージは削除されました|此消息已删除|你删除了此消息|"
        r"삭제된 메시지입니다|pesan ini telah dihapus|anda menghapus pesan ini|این پیام حذف شد|"
        r"यह संदेश हटा दिया गया था|tin nhắn này đã bị xóa|ข้อความนี้ถูกลบแล้ว)\.?$",),
    "missed call": (
        r"^missed (?:voice|video|group voice|group video) call", r"^appel (?:vocal|vidéo) manqué",
        r"^(?:llamada|videollamada) (?:de voz )?perdida", r"^verpasster (?:sprach|video)anruf",
        r"^chamada de (?:voz|vídeo) perdida", r"^chiamata (?:vocale|video) persa", r"^gemiste (?:spraak|video)oproep",
        r"^пропущенный (?:аудио|видео)?звонок", r"^cevapsız (?:sesli|görüntülü) arama", r"^مكالمة .*فائتة",
        r"^不在着信", r"^未接", r"^부재중", r"^panggilan (?:suara|video) tak terjawab", r"^تماس .*بی‌پاسخ"),
    "group created": (
        r"created (?:the )?group", r"a créé (?:le )?groupe", r"creó (?:el )?grupo", r"hat die gruppe .* erstellt",
        r"criou o grupo", r"ha creato il gruppo", r"heeft (?:de )?groep .* gemaakt", r"heeft groep .* aangemaakt",
        r"создал[аи]? групп", r"grubunu oluşturdu", r"أنشأ (?:ال)?مجموعة", r"を作成しました", r"创建了群", r"建立了群組",
        r"그룹을 만들었습니다", r"membuat grup", r"گروه .* را ایجاد کرد", r"ने समूह .* बनाया"),
    "member added": (
        r" added ", r" added$", r"^you were added", r" a ajouté ", r"vous avez été ajouté", r" añadió a ",
        r" te añadió", r" hat .* hinzugefügt", r" adicionou ", r" ha aggiunto ", r" heeft .* toegevoegd",
        r" добавил", r" ekledi", r"أضاف", r"を追加しました", r"添加了", r"님을 초대했습니다", r" menambahkan ",
        r"اضافه کرد", r"को जोड़ा"),
    "member left or removed": (
        r" left$", r" a quitté", r" salió", r" hat die gruppe verlassen", r" saiu", r" è uscito", r" è uscita",
        r"heeft de groep verlaten", r" вышел", r" вышла", r" ayrıldı", r"غادر", r"が退出しました", r"退出了",
        r" keluar$", r"ترک کرد", r"ने छोड़ दिया", r" removed ", r" a retiré ", r" eliminó a ", r" hat .* entfernt",
        r" removeu ", r" ha rimosso ", r" heeft .* verwijderd", r" удалил", r" çıkardı", r"أزال", r"を削除しました",
        r"移除了", r" mengeluarkan "),
    "member joined by link": (
        r"joined using this group's invite link", r"a rejoint", r"se unió", r"beigetreten", r"entrou usando",
        r"si è unit[oa]", r"neemt deel", r"присоединил", r"katıldı", r"انضم", r"参加しました", r"加入了", r"bergabung",
        r"پیوست"),
    "group settings changed": (
        r"changed (?:the |this group's |the group )(?:subject|icon|description|settings)", r"a changé (?:le sujet|l'icône)",
        r"a modifié (?:la description|les paramètres|l'icône)", r"cambió (?:el asunto|la descripción|el ícono|la imagen)",
        r"hat den betreff", r"hat das gruppenbild", r"hat die gruppenbeschreibung", r"mudou (?:o assunto|a descrição|a imagem)",
        r"ha cambiato (?:l'oggetto|la descrizione|l'immagine)", r"heeft de (?:groepsnaam|beschrijving|afbeelding)",
        r"изменил[аи]? (?:тему|описание|изображение)", r"değiştirdi", r"غيّر|غير اسم|غير وصف", r"を変更しました",
        r"更改了", r"변경했습니다", r"mengubah", r"تغییر داد", r"deleted this group's icon", r"pinned a message",
        r"changed their phone number", r"a changé de numéro", r"cambió su número", r"hat .* nummer gewechselt"),
    "security notice": (
        r"security code", r"code de sécurité", r"código de seguridad", r"sicherheitsnummer", r"código de segurança",
        r"codice di sicurezza", r"beveiligingscode", r"код безопасности", r"güvenlik kodu", r"رمز الأمان",
        r"セキュリティコード", r"安全码", r"보안 코드", r"kode keamanan", r"کد امنیتی", r"disappearing messages",
        r"messages éphémères", r"is a contact", r"business account", r"compte professionnel"),
}
_COMPILED = [(kind, re.compile("|".join(f"(?:{p})" for p in patterns), re.I)) for kind, patterns in KINDS.items()]
PLACEHOLDER_KINDS = ("media omitted", "media attached", "deleted message", "missed call")
EDITED = re.compile(r"\s*<(?:this message was edited|ce message a été modifié|se editó este mensaje|"
                    r"diese nachricht wurde bearbeitet|esta mensagem foi editada|questo messaggio è stato modificato|"
                    r"dit bericht is bewerkt|сообщение изменено|bu mesaj düzenlendi|تم تعديل هذه الرسالة|"
                    r"このメッセージは編集されました|此消息已编辑|pesan ini telah diedit)>\s*$", re.I)
AUTHOR = re.compile(r"^(?P<author>[^:\n]{1,80}?):(?:\s|$)(?P<text>.*)$", re.S)
QUOTES = re.compile(r"[«»\"“”„‘’‹›「」]")


def kind_of(text: str) -> str | None:
    for kind, pattern in _COMPILED:
        if pattern.search(text):
            return kind
    return None


def _placeholder(text: str) -> str | None:
    """The kind of a placeholder the app writes in place of an author's message, else None."""
    bare = text.strip(MARKS + " \u00a0")
    if len(bare) > 300:
        return None
    for kind, pattern in _COMPILED:
        if kind in PLACEHOLDER_KINDS and pattern.search(bare):
            return kind
    return None


def split_message(rest: str) -> tuple[str | None, str, str | None]:
    """(author, text, system kind): kind is None for a post; author is None for a notice."""
    found = AUTHOR.match(rest)
    if not found or QUOTES.search(found["author"]):
        return None, rest, kind_of(rest) or "other notice"
    author, text = found["author"].strip(MARKS + " \u00a0"), found["text"]
    if text.startswith(tuple(MARKS[:2])):  # iOS marks its notices and placeholders
        return author, text, _placeholder(text) or kind_of(text) or "other notice"
    kind = _placeholder(text)
    return author, EDITED.sub("", text) if kind is None else text, kind
