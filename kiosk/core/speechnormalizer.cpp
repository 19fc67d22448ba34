#include "speechnormalizer.h"

#include <QRegularExpression>

namespace jiujin {

namespace {
const QString kDigit = QStringLiteral("零一二三四五六七八九");

QString below10000(int n, bool first)
{
    // n in 1..9999; 零 only between digits (1005 一千零五); 十 alone for 10-19 at the very start.
    static const QString units[] = {QString(), QStringLiteral("十"), QStringLiteral("百"),
                                    QStringLiteral("千")};
    QString out;
    bool zero = false;
    for (int pos = 3; pos >= 0; --pos) {
        int p = 1;
        for (int k = 0; k < pos; ++k)
            p *= 10;
        const int d = (n / p) % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += kDigit[0];
        zero = false;
        if (d == 2 && pos == 3)
            out += QStringLiteral("两"); // 两千, as it is said
        else if (!(d == 1 && pos == 1 && out.isEmpty() && first))
            out += kDigit[d];
        out += units[pos];
    }
    return out;
}

bool isMeasureForLiang(const QString &next)
{
    // 2 before these is 两 (两次, 两个人), before others 二 (二月, 二号, 第二).
    static const QString words = QStringLiteral("个次人件份天张位项本周岁条户名页");
    return next.size() >= 1 &&
           (words.contains(next.front()) || next.startsWith(QStringLiteral("小时")) ||
            next.startsWith(QStringLiteral("分钟")) || next.startsWith(QStringLiteral("年")));
}

QString money(const QString &yuanText, const QString &centsText)
{
    QString yuan = yuanText;
    yuan.remove(QLatin1Char(','));
    const qint64 y = yuan.toLongLong();
    const int jiao = centsText.size() >= 1 ? centsText[0].digitValue() : 0;
    const int fen = centsText.size() >= 2 ? centsText[1].digitValue() : 0;
    QString out;
    if (y > 0 || (jiao == 0 && fen == 0))
        out += SpeechNormalizer::cardinal(y) + QStringLiteral("元");
    if (jiao > 0)
        out += kDigit[jiao] + QStringLiteral("角");
    if (fen > 0)
        out += (jiao == 0 && y > 0 ? QStringLiteral("零") : QString()) + kDigit[fen] +
               QStringLiteral("分");
    return out;
}

QString decimal(const QString &number)
{
    const qsizetype dot = number.indexOf(QLatin1Char('.'));
    QString intPart = dot < 0 ? number : number.left(dot);
    intPart.remove(QLatin1Char(','));
    QString out = SpeechNormalizer::cardinal(intPart.toLongLong());
    if (dot >= 0) {
        out += QStringLiteral("点");
        for (QChar c : number.mid(dot + 1))
            out += kDigit[c.digitValue()];
    }
    return out;
}

using Rewrite = QString (*)(const QRegularExpressionMatch &);

QString replaceAll(const QString &text, const QRegularExpression &re, Rewrite rewrite)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += rewrite(m);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}
} // namespace

QString SpeechNormalizer::cardinal(qint64 n)
{
    if (n <= 0)
        return kDigit[0];
    QString out;
    bool gap = false; // a whole group of zeros since the last digit: one 零 before the next
    const std::pair<int, QString> groups[] = {{int(n / 100000000 % 10000), QStringLiteral("亿")},
                                              {int(n / 10000 % 10000), QStringLiteral("万")},
                                              {int(n % 10000), QString()}};
    for (const auto &[v, unit] : groups) {
        if (v == 0) {
            gap = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty() && (gap || v < 1000))
            out += kDigit[0];
        gap = false;
        out += (v == 2 && !unit.isEmpty() ? QStringLiteral("两") : below10000(v, out.isEmpty())) +
               unit;
    }
    return out;
}

QString SpeechNormalizer::digits(QStringView digits)
{
    QString out;
    for (QChar c : digits) {
        const int d = c.digitValue();
        if (d == 1)
            out += QStringLiteral("幺");
        else if (d >= 0)
            out += kDigit[d];
    }
    return out;
}

QString SpeechNormalizer::normalize(const QString &input)
{
    QString text = input;
    // Full-width digits and signs as their ASCII forms, so that one set of patterns reads both.
    for (QChar &c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF05))
            c = QLatin1Char('%');
        else if (c == QChar(0xFFE5))
            c = QChar(0x00A5);
    }

    // Receipt and ticket numbers (15052-000123-7), and any digit groups joined by hyphens: digit
    // by digit, a short pause between groups.
    static const QRegularExpression grouped(
        QStringLiteral("(?<![0-9.])[0-9]+(?:-[0-9]+)+(?![0-9.])"));
    text = replaceAll(text, grouped, [](const QRegularExpressionMatch &m) {
        QStringList parts;
        for (const QString &g : m.captured(0).split(QLatin1Char('-')))
            parts << SpeechNormalizer::digits(g);
        return parts.join(QStringLiteral("，"));
    });

    // Dates: 2026年12月8日, 2026-12-08 (an ISO date is grouped digits, so dates come first only
    // in their Chinese form; ISO dates on screens are made Chinese by the screens).
    static const QRegularExpression ymd(
        QStringLiteral("([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月(?:\\s*([0-9]{1,2})\\s*[日号])?"));
    text = replaceAll(text, ymd, [](const QRegularExpressionMatch &m) {
        QString out = SpeechNormalizer::digits(m.captured(1))
                          .replace(QStringLiteral("幺"), QStringLiteral("一")) +
                      QStringLiteral("年") + SpeechNormalizer::cardinal(m.captured(2).toInt()) +
                      QStringLiteral("月");
        if (m.hasCaptured(3) && !m.captured(3).isEmpty())
            out += SpeechNormalizer::cardinal(m.captured(3).toInt()) + m.captured(0).right(1);
        return out;
    });
    static const QRegularExpression md(
        QStringLiteral("(?<![0-9])([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*([日号])"));
    text = replaceAll(text, md, [](const QRegularExpressionMatch &m) {
        return SpeechNormalizer::cardinal(m.captured(1).toInt()) + QStringLiteral("月") +
               SpeechNormalizer::cardinal(m.captured(2).toInt()) + m.captured(3);
    });

    // A year by itself (2019年, 2019年度) is said digit by digit, as a date's year is.
    static const QRegularExpression year(
        QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})(?=\\s*年(?!龄|满|以上|以下))"));
    text = replaceAll(text, year, [](const QRegularExpressionMatch &m) {
        return SpeechNormalizer::digits(m.captured(1))
            .replace(QStringLiteral("幺"), QStringLiteral("一"));
    });

    // Times: 09:30 → 九点三十分, 14:00 → 十四点, 8:05 → 八点零五分.
    static const QRegularExpression hm(
        QStringLiteral("(?<![0-9])([0-9]{1,2})[:：]([0-5][0-9])(?![0-9])"));
    text = replaceAll(text, hm, [](const QRegularExpressionMatch &m) {
        const int h = m.captured(1).toInt();
        const int mi = m.captured(2).toInt();
        QString out =
            (h == 2 ? QStringLiteral("两") : SpeechNormalizer::cardinal(h)) + QStringLiteral("点");
        if (mi > 0)
            out += (mi < 10 ? QStringLiteral("零") : QString()) + SpeechNormalizer::cardinal(mi) +
                   QStringLiteral("分");
        return out;
    });

    // Money: ¥12.50, 12.50元, 1,200 元.
    static const QRegularExpression yen(
        QStringLiteral("[¥￥]\\s*([0-9][0-9,]*)(?:\\.([0-9]{1,2}))?(?:\\s*元)?"));
    text = replaceAll(text, yen, [](const QRegularExpressionMatch &m) {
        return money(m.captured(1), m.captured(2));
    });
    static const QRegularExpression yuan(
        QStringLiteral("(?<![0-9.])([0-9][0-9,]*)(?:\\.([0-9]{1,2}))?\\s*元"));
    text = replaceAll(text, yuan, [](const QRegularExpressionMatch &m) {
        return money(m.captured(1), m.captured(2));
    });

    // Percentages: 85% → 百分之八十五, 12.5% → 百分之十二点五.
    static const QRegularExpression percent(
        QStringLiteral("(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s*%"));
    text = replaceAll(text, percent, [](const QRegularExpressionMatch &m) {
        return QStringLiteral("百分之") + decimal(m.captured(1));
    });

    // Tail numbers after 尾号 and long runs (5+ digits, or a leading 0): digit by digit.
    static const QRegularExpression run(
        QStringLiteral("(?<![0-9.])(?:0[0-9]+|[0-9]{5,}|(?<=尾号)\\s*[0-9]+)(?![0-9.])"));
    text = replaceAll(text, run, [](const QRegularExpressionMatch &m) {
        return SpeechNormalizer::digits(m.captured(0).trimmed());
    });

    // What is left is a count or an amount: 326次, 3号窗口, 1.5公里; 2 before a measure word is 两.
    static const QRegularExpression number(
        QStringLiteral("(?<![0-9.])([0-9][0-9,]*(?:\\.[0-9]+)?)(?![0-9])"));
    QString out;
    qsizetype last = 0;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString n = m.captured(1);
        const QString next = text.mid(m.capturedEnd(), 2);
        out += (n == QStringLiteral("2") && isMeasureForLiang(next) &&
                !(m.capturedStart() > 0 && text.at(m.capturedStart() - 1) == u'第'))
                   ? QStringLiteral("两")
                   : decimal(n);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace jiujin
