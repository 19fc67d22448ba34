#include "speechpinyin.h"

#include "pinyin.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace jiujin {

namespace {
struct PhraseTable
{
    QHash<QString, QStringList> phrases;
    int longest = 1;
};

const PhraseTable &phraseTable()
{
    static const PhraseTable table = [] {
        PhraseTable t;
        QFile f(QStringLiteral(":/jiujin/pinyin/speech-phrases.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("speech-phrases.tsv is not built in");
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
                continue;
            const QStringList cols = line.split(QLatin1Char('\t'));
            if (cols.size() != 2)
                continue;
            const QStringList syl = cols[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (syl.size() != cols[0].toUcs4().size())
                qFatal("speech-phrases.tsv: syllable count differs from the phrase's length");
            t.phrases.insert(cols[0], syl);
            t.longest = qMax(t.longest, int(syl.size()));
        }
        return t;
    }();
    return table;
}

struct ToneTransliterator
{
    std::unique_ptr<icu::Transliterator> icu;
    QHash<char32_t, QString> cache;
    QMutex mutex;
};

QString toneMarked(char32_t han)
{
    static ToneTransliterator t;
    static const bool created = [] {
        UErrorCode status = U_ZERO_ERROR;
        t.icu.reset(
            icu::Transliterator::createInstance("Han-Latin; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.icu.reset();
        return true;
    }();
    Q_UNUSED(created);
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
        out = QString::fromStdString(utf8).trimmed();
    }
    t.cache.insert(han, out);
    return out;
}

int toneOf(const QString &syllable)
{
    return syllable.isEmpty() ? 5 : syllable.back().digitValue();
}

QString withTone(const QString &syllable, int tone)
{
    return syllable.left(syllable.size() - 1) + QString::number(tone);
}

struct Token
{
    QString syllable; ///< "hang2"; empty for a pause
    char32_t han = 0; ///< the character it reads, 0 for Latin text
    QChar pause;      ///< ',' or '.' when this is a pause
    int word = -1;    ///< which phrase of the table it belongs to; -1 for a single character
};

QList<Token> tokens(const QString &text)
{
    const PhraseTable &table = phraseTable();
    const QList<uint> chars = text.toUcs4();
    QList<Token> out;
    auto pause = [&out](QChar p) {
        if (out.isEmpty())
            return;
        if (!out.back().pause.isNull()) {
            if (p == u'.')
                out.back().pause = p; // the longer pause wins
            return;
        }
        out.append({{}, 0, p});
    };
    qsizetype i = 0;
    while (i < chars.size()) {
        const char32_t c = chars[i];
        if (Pinyin::isHan(c)) {
            bool matched = false;
            for (int len = qMin<qsizetype>(table.longest, chars.size() - i); len >= 1 && !matched;
                 --len) {
                const QString phrase = QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(chars.constData() + i), len);
                if (auto it = table.phrases.constFind(phrase); it != table.phrases.constEnd()) {
                    for (int k = 0; k < len; ++k)
                        out.append({(*it)[k], char32_t(chars[i + k]), {}, len > 1 ? int(i) : -1});
                    i += len;
                    matched = true;
                }
            }
            if (!matched) {
                const QString s = SpeechPinyin::numbered(toneMarked(c));
                if (!s.isEmpty())
                    out.append({s, c, {}});
                ++i;
            }
            continue;
        }
        // Sentence ends are long pauses, everything else that separates is a short one.
        static const QString longPause = QStringLiteral("。！？!?；;\n");
        // Quotation marks and book-title marks are not pauses: 再点“拍照上传” is said in one go.
        static const QString shortPause = QStringLiteral("，,、：:（）()—…/|");
        if (longPause.contains(QChar(char16_t(c)))) {
            pause(u'.');
            ++i;
            continue;
        }
        if (c < 0x10000 && shortPause.contains(QChar(char16_t(c)))) {
            pause(u',');
            ++i;
            continue;
        }
        if (c < 0x80 && QChar(char16_t(c)).isLetterOrNumber()) {
            // Latin letters and digits left over (a window letter): one lower-case word.
            QString word;
            while (i < chars.size() && chars[i] < 0x80 &&
                   QChar(char16_t(chars[i])).isLetterOrNumber())
                word += QChar(char16_t(chars[i++])).toLower();
            out.append({word, 0, {}});
            continue;
        }
        ++i; // spaces, symbols, emoji: nothing to say
    }
    if (!out.isEmpty() && !out.back().pause.isNull() && out.back().pause == u',')
        out.back().pause = u'.';
    return out;
}

void sandhi(QList<Token> &t)
{
    auto isSyl = [&t](qsizetype k) {
        return k >= 0 && k < t.size() && t[k].pause.isNull() && t[k].han != 0;
    };
    // 一 and 不 first, on the citation tone of what follows.
    for (qsizetype k = 0; k < t.size(); ++k) {
        if (!isSyl(k) || !isSyl(k + 1))
            continue;
        const int next = toneOf(t[k + 1].syllable);
        if (t[k].han == U'一') {
            // 一 keeps yi1 in numbers (十一, 一九九八), ordinals (第一) and dates (一月, 一日);
            // before 百 千 万 亿 at the start of a number it changes like a word (一百 yi4 bai3).
            static const QString numerals = QStringLiteral("零一二三四五六七八九十百千万亿幺两");
            static const QString multipliers = QStringLiteral("百千万亿");
            const QChar prev =
                isSyl(k - 1) && t[k - 1].han < 0x10000 ? QChar(char16_t(t[k - 1].han)) : QChar();
            const QChar after = t[k + 1].han < 0x10000 ? QChar(char16_t(t[k + 1].han)) : QChar();
            const bool prevNumeral = !prev.isNull() && (numerals.contains(prev) || prev == u'第');
            const bool nextDigit =
                !after.isNull() && numerals.contains(after) && !multipliers.contains(after);
            const bool date = after == u'月' || after == u'日' || after == u'号';
            if (prevNumeral || nextDigit || date)
                continue;
            t[k].syllable = withTone(t[k].syllable, next == 4 || next == 5 ? 2 : 4);
        } else if (t[k].han == U'不' && next == 4) {
            t[k].syllable = withTone(t[k].syllable, 2);
        }
    }
    // Third tone before third tone becomes second. A run of third tones is cut where the phrase
    // table's words begin and end (characters outside it stay together); within each piece they
    // pair from the left and an odd piece ends in three (展览馆 zhan2 lan2 guan3), and a piece of
    // one syllable before the next piece rises too. 基本养老保险: ben2 | yang2 lao3 | bao2 xian3.
    qsizetype k = 0;
    while (k < t.size()) {
        if (!(isSyl(k) && toneOf(t[k].syllable) == 3)) {
            ++k;
            continue;
        }
        qsizetype end = k;
        while (isSyl(end + 1) && toneOf(t[end + 1].syllable) == 3)
            ++end;
        qsizetype piece = k;
        while (piece <= end) {
            qsizetype last = piece;
            while (last + 1 <= end && t[last + 1].word == t[piece].word)
                ++last;
            const qsizetype n = last - piece + 1;
            for (qsizetype j = 0; j + 1 < n; ++j) {
                if (j % 2 == 0 || (n % 2 == 1 && j == n - 2))
                    t[piece + j].syllable = withTone(t[piece + j].syllable, 2);
            }
            if (n == 1 && last < end)
                t[piece].syllable = withTone(t[piece].syllable, 2);
            piece = last + 1;
        }
        k = end + 1;
    }
}
} // namespace

QString SpeechPinyin::numbered(const QString &toneMarked)
{
    const QString d = toneMarked.normalized(QString::NormalizationForm_D);
    QString base;
    int tone = 5;
    for (QChar c : d) {
        switch (c.unicode()) {
        case 0x0304:
            tone = 1;
            break;
        case 0x0301:
            tone = 2;
            break;
        case 0x030C:
            tone = 3;
            break;
        case 0x0300:
            tone = 4;
            break;
        case 0x0308:
            base += QLatin1Char('v');
            break; // ü: the u before it is replaced below
        default:
            if (c >= u'a' && c <= u'z')
                base += c;
        }
    }
    base.replace(QStringLiteral("uv"), QStringLiteral("v"));
    if (base.isEmpty())
        return {};
    return base + QString::number(tone);
}

QStringList SpeechPinyin::syllables(const QString &normalizedText)
{
    QStringList out;
    for (const Token &t : tokens(normalizedText)) {
        if (t.pause.isNull())
            out << t.syllable;
    }
    return out;
}

QString SpeechPinyin::read(const QString &normalizedText)
{
    QList<Token> t = tokens(normalizedText);
    sandhi(t);
    QString out;
    for (const Token &tok : t) {
        if (!tok.pause.isNull()) {
            out += tok.pause;
            continue;
        }
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += tok.syllable;
    }
    return out;
}

} // namespace jiujin
