"""Writes the WhatsApp locale fixtures beside this script, from the layouts the app documents per locale.

Run once (python tests/data/import/whatsapp/make_whatsapp_fixtures.py); the .txt files are committed and
tests/importers/test_whatsapp_locales.py holds golden expectations about them: change both together.
Special characters are spelled as escapes so the script shows exactly which marks each layout carries.
"""
from pathlib import Path

D = Path(__file__).resolve().parent
NNBSP, NBSP, LRM, RLM = "\u202f", "\u00a0", "\u200e", "\u200f"
AR = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
FA = str.maketrans("0123456789", "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")

FILES = {
    "en_us_android_12h.txt": [
        f"3/29/20, 2:02{NNBSP}PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.",
        f"3/29/20, 2:03{NNBSP}PM - Fatoumata created group \"Mopti 2020\"",
        f"3/29/20, 2:04{NNBSP}PM - Fatoumata added +223 70 00 00 01",
        f"3/29/20, 2:05{NNBSP}PM - Fatoumata: Polls close at 6",
        f"4/1/20, 9:15{NNBSP}AM - +223 70 00 00 01: <Media omitted>",
        f"4/1/20, 9:16{NNBSP}AM - +223 70 00 00 01: This message was deleted",
        f"4/1/20, 12:30{NNBSP}AM - Fatoumata: Results? <This message was edited>",
        f"4/1/20, 12:31{NNBSP}AM - +223 70 00 00 01 left"],
    "en_us_ios_12h.txt": [
        f"[3/29/20, 2:02:33{NNBSP}PM] Mopti 2020: {LRM}Messages and calls are end-to-end encrypted.",
        f"{LRM}[3/29/20, 2:02:40{NNBSP}PM] Ali: {LRM}image omitted",
        f"[3/29/20, 2:03:00{NNBSP}PM] Ali: Going to vote now",
        "line two of the message",
        f"[3/29/20, 9:05:10{NNBSP}PM] Ali: {LRM}Missed voice call",
        f"[4/13/20, 11:59:59{NNBSP}PM] Mopti 2020: {LRM}Ali added Bintou"],
    "fr_android.txt": [
        "29/03/2020 à 08:00 - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même "
        "WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.",
        "29/03/2020 à 08:01 - Awa a créé le groupe « Élections Kayes »",
        "29/03/2020 à 14:02 - Awa: Allez voter !",
        "29/03/2020 à 14:05 - Moussa: <Médias omis>",
        "30/03/2020 à 09:15 - Moussa: Ce message a été supprimé",
        "30/03/2020 à 09:20 - Moussa a quitté"],
    "de_android_2digit.txt": [
        "29.03.20, 14:02 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
        "29.03.20, 14:03 - Jonas: Hallo zusammen",
        "02.04.20, 08:10 - Jonas: <Medien ausgeschlossen>",
        "13.04.20, 23:59 - Lea: Gute Nacht"],
    "de_12h_vorm_nachm.txt": [
        "29.03.20, 2:03 nachm. - Jonas: Hallo",
        "30.03.20, 11:40 vorm. - Lea: Morgen"],
    "es_mx_12h_pm.txt": [
        f"29/3/2020, 2:02 p.{NBSP}m. - Los mensajes y las llamadas están cifrados de extremo a extremo.",
        f"29/3/2020, 2:03 p.{NBSP}m. - Lupita: Hola a todos",
        f"30/3/2020, 12:05 a.{NBSP}m. - Lupita: <Multimedia omitido>",
        f"30/3/2020, 12:06 a.{NBSP}m. - Lupita: Se eliminó este mensaje"],
    "nl_dashes.txt": [
        "29-03-2020 14:02 - Sanne: Goedemiddag",
        "01-04-2020 07:00 - Sanne: <Media weggelaten>"],
    "ja_android.txt": [
        "2020/03/29 14:02 - メッセージと通話はエンドツーエンドで暗号化されています。",
        "2020/03/29 14:03 - 花子: こんにちは",
        "2020/03/29 14:04 - 花子がグループ「選挙」を作成しました"],
    "ja_ios_gogo.txt": [
        "[2020/03/29 午後2:02:33] 花子: こんにちは",
        "[2020/03/30 午前9:00:00] 太郎: おはよう"],
    "ja_ios_reiwa.txt": [
        "[令和2/03/29 14:02:33] 花子: 令和の投票日",
        "[R2/04/19 09:00:00] 太郎: 二回目"],
    "zh_android.txt": [
        "2020/3/29 下午2:02 - 小明: 大家好",
        "2020/3/30 上午9:15 - 小明: 早上好"],
    "ko_android.txt": [
        "2020. 3. 29. 오후 2:02 - 민수: 안녕하세요",
        "2020. 3. 30. 오전 9:15 - 민수: 좋은 아침"],
    "ar_android_indic.txt": [
        (f"29{RLM}/3{RLM}/2020، 2:02 م - ").translate(AR) + "أحمد: مرحبا بالجميع",
        (f"30{RLM}/3{RLM}/2020، 9:15 ص - ").translate(AR) + "أحمد: <تم استبعاد الوسائط>"],
    "fa_android_persian_digits.txt": [
        (f"2020/03/29،{RLM} 14:02 - ").translate(FA) + "علی: سلام",
        (f"2020/03/30،{RLM} 09:15 - ").translate(FA) + "علی: صبح بخیر"],
    "fa_android_jalali.txt": [
        (f"1399/01/09،{RLM} 14:02 - ").translate(FA) + "علی: سلام",
        (f"1399/01/10،{RLM} 09:15 - ").translate(FA) + "علی: صبح بخیر"],
    "th_android_buddhist.txt": [
        "29/3/2563 14:02 - สมชาย: สวัสดีครับ",
        "30/3/2563 09:15 - สมชาย: อรุณสวัสดิ์"],
    "th_ios_buddhist_2digit.txt": [
        "[29/3/63 14:02:33] สมชาย: สวัสดีครับ",
        "[30/3/63 09:15:00] สมชาย: อรุณสวัสดิ์"],
    "vi_time_first.txt": [
        "14:02, 29/3/2020 - Lan: Xin chào",
        "09:15, 30/3/2020 - Lan: Chào buổi sáng"],
    "fi_klo_dots.txt": [
        "29.3.2020 klo 14.02 - Aino: Hei kaikki",
        "30.3.2020 klo 9.15 - Aino: Huomenta"],
    "fr_ca_h.txt": [
        "2020-03-29 14 h 02 - Émile: Bonjour",
        "2020-03-30 09 h 15 - Émile: Allô"],
    "ambiguous_dmy.txt": [  # every day is 12 or less: only the order of the messages tells day from month
        "03/04/2020, 10:00 - Awa: premier",
        "05/04/2020, 10:00 - Awa: deuxième",
        "01/05/2020, 10:00 - Awa: troisième"],
    "ambiguous_mdy_24h.txt": [
        "04/03/20, 10:00 - Bob: first",
        "04/05/20, 10:00 - Bob: second",
        "05/01/20, 10:00 - Bob: third"],
}

if __name__ == "__main__":
    for name, lines in FILES.items():
        (D / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
