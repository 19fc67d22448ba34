#include "pinyin.h"

#include <QHash>
#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace jiujin {

namespace {
// Phrases whose characters ICU reads wrongly one by one (it always takes the commonest reading).
const QHash<QString, QStringList> &phrases()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("长期"), {QStringLiteral("chang"), QStringLiteral("qi")}},
        {QStringLiteral("长护"), {QStringLiteral("chang"), QStringLiteral("hu")}},
        {QStringLiteral("重新"), {QStringLiteral("chong"), QStringLiteral("xin")}},
        {QStringLiteral("银行"), {QStringLiteral("yin"), QStringLiteral("hang")}},
        {QStringLiteral("调整"), {QStringLiteral("tiao"), QStringLiteral("zheng")}},
        {QStringLiteral("调解"), {QStringLiteral("tiao"), QStringLiteral("jie")}},
        {QStringLiteral("还款"), {QStringLiteral("huan"), QStringLiteral("kuan")}},
        {QStringLiteral("退还"), {QStringLiteral("tui"), QStringLiteral("huan")}},
        {QStringLiteral("便利"), {QStringLiteral("bian"), QStringLiteral("li")}},
        {QStringLiteral("地址"), {QStringLiteral("di"), QStringLiteral("zhi")}},
        {QStringLiteral("转移"), {QStringLiteral("zhuan"), QStringLiteral("yi")}},
        {QStringLiteral("藏族"), {QStringLiteral("zang"), QStringLiteral("zu")}},
        {QStringLiteral("处理"), {QStringLiteral("chu"), QStringLiteral("li")}},
        {QStringLiteral("供养"), {QStringLiteral("gong"), QStringLiteral("yang")}},
        {QStringLiteral("提供"), {QStringLiteral("ti"), QStringLiteral("gong")}},
        {QStringLiteral("会计"), {QStringLiteral("kuai"), QStringLiteral("ji")}},
        {QStringLiteral("给予"), {QStringLiteral("ji"), QStringLiteral("yu")}},
        {QStringLiteral("供给"), {QStringLiteral("gong"), QStringLiteral("ji")}},
        {QStringLiteral("血液"), {QStringLiteral("xue"), QStringLiteral("ye")}},
        {QStringLiteral("的士"), {QStringLiteral("di"), QStringLiteral("shi")}},
        {QStringLiteral("参差"), {QStringLiteral("cen"), QStringLiteral("ci")}},
    };
    return table;
}

// The other common reading of polyphones, indexed too so either reading finds the item.
const QHash<char32_t, QString> &alternates()
{
    static const QHash<char32_t, QString> table = {
        {U'长', QStringLiteral("chang")}, {U'重', QStringLiteral("chong")},
        {U'行', QStringLiteral("hang")},  {U'调', QStringLiteral("tiao")},
        {U'还', QStringLiteral("hai")},   {U'传', QStringLiteral("zhuan")},
        {U'藏', QStringLiteral("zang")},  {U'差', QStringLiteral("chai")},
        {U'参', QStringLiteral("shen")},  {U'给', QStringLiteral("ji")},
        {U'种', QStringLiteral("zhong")}, {U'会', QStringLiteral("kuai")},
        {U'地', QStringLiteral("de")},    {U'乐', QStringLiteral("yue")},
        {U'朝', QStringLiteral("chao")},  {U'省', QStringLiteral("xing")},
        {U'校', QStringLiteral("jiao")},  {U'率', QStringLiteral("lv")},
        {U'都', QStringLiteral("dou")},   {U'便', QStringLiteral("pian")},
        {U'系', QStringLiteral("ji")},    {U'属', QStringLiteral("zhu")},
        {U'血', QStringLiteral("xie")},   {U'处', QStringLiteral("chu")},
        {U'供', QStringLiteral("gong")},  {U'和', QStringLiteral("huo")},
        {U'角', QStringLiteral("jue")},   {U'卡', QStringLiteral("qia")},
        {U'没', QStringLiteral("mo")},    {U'强', QStringLiteral("qiang")},
        {U'奇', QStringLiteral("ji")},    {U'降', QStringLiteral("xiang")},
        {U'解', QStringLiteral("xie")},   {U'曾', QStringLiteral("ceng")},
        {U'仔', QStringLiteral("zai")},   {U'弹', QStringLiteral("dan")},
    };
    return table;
}

struct Transliterator
{
    std::unique_ptr<icu::Transliterator> icu;
    QHash<char32_t, QString> cache;
    QMutex mutex;
};

Transliterator &transliterator()
{
    static Transliterator t;
    static const bool created = [] {
        UErrorCode status = U_ZERO_ERROR;
        t.icu.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                        UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.icu.reset();
        return true;
    }();
    Q_UNUSED(created);
    return t;
}

QChar initialOf(const QString &syllable)
{
    return syllable.isEmpty() ? QChar() : syllable.front();
}
} // namespace

bool Pinyin::isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

QString Pinyin::syllable(char32_t han)
{
    if (!isHan(han))
        return {};
    Transliterator &t = transliterator();
    QMutexLocker lock(&t.mutex);
    if (auto it = t.cache.constFind(han); it != t.cache.constEnd())
        return *it;
    QString out;
    if (t.icu) {
        const UChar32 cp = UChar32(han);
        icu::UnicodeString s = icu::UnicodeString::fromUTF32(&cp, 1);
        t.icu->transliterate(s);
        std::string utf8;
        s.toUTF8String(utf8);
        for (char ch : utf8) {
            if (ch >= 'a' && ch <= 'z')
                out += QLatin1Char(ch);
        }
    }
    t.cache.insert(han, out);
    return out;
}

Pinyin::Reading Pinyin::read(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    Reading r;
    qsizetype i = 0;
    while (i < chars.size()) {
        const char32_t c = chars[i];
        if (!isHan(c)) {
            const QChar latin = c < 0x80 ? QChar(char16_t(c)).toLower() : QChar();
            if (latin.isLetterOrNumber()) {
                r.full += latin;
                r.initials += latin;
                r.altFull += latin;
                r.altInitials += latin;
            }
            ++i;
            continue;
        }
        bool matched = false;
        for (int len = 4; len >= 2 && !matched; --len) {
            if (i + len > chars.size())
                continue;
            const QString phrase =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), len);
            if (auto it = phrases().constFind(phrase); it != phrases().constEnd()) {
                for (const QString &s : *it) {
                    r.full += s;
                    r.initials += initialOf(s);
                    r.altFull += s;
                    r.altInitials += initialOf(s);
                }
                i += len;
                matched = true;
            }
        }
        if (matched)
            continue;
        const QString primary = syllable(c);
        const QString alt = alternates().value(c, primary);
        r.full += primary;
        r.initials += initialOf(primary);
        r.altFull += alt == primary ? primary : alt;
        r.altInitials += initialOf(alt);
        ++i;
    }
    return r;
}

} // namespace jiujin
