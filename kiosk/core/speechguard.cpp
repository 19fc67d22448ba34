#include "speechguard.h"

#include "redaction.h"

#include <QRegularExpression>

namespace jiujin {

bool SpeechGuard::admit(const QString &text)
{
    QString flat;
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            flat += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (!c.isSpace())
            flat += c;
    }
    static const QRegularExpression longRun(QStringLiteral("[0-9]{7,}"));
    bool personal = redact(text) != text || redact(flat) != flat || longRun.match(flat).hasMatch();
    for (const QString &v : m_personal) {
        if (personal)
            break;
        personal = text.contains(v, Qt::CaseInsensitive) || flat.contains(v, Qt::CaseInsensitive);
    }
    if (personal)
        ++m_refused;
    return !personal;
}

void SpeechGuard::setPersonalValues(const QStringList &values)
{
    m_personal.clear();
    for (const QString &v : values) {
        QString t = v;
        t.remove(QRegularExpression(QStringLiteral("\\s")));
        if (t.size() >= 2) // one character (a sex, a digit) is no one's identity
            m_personal << t;
    }
}

} // namespace jiujin
