#include "redaction.h"

#include <QRegularExpression>

namespace jiujin {

namespace {
QtMessageHandler s_next = nullptr;
} // namespace

QString redact(const QString &line)
{
    // 18-character ID numbers (also with a lower-case x), then 11-digit mainland mobiles, each
    // standing alone (not part of a longer digit run such as a UUID or an item code).
    static const QRegularExpression idNumber(
        QStringLiteral("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])"));
    static const QRegularExpression mobile(
        QStringLiteral("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])"));
    QString out = line;
    out.replace(idNumber, QStringLiteral("[ID number]"));
    out.replace(mobile, QStringLiteral("[phone]"));
    return out;
}

void installRedactingMessageHandler()
{
    s_next = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (s_next)
                s_next(type, context, redact(message));
        });
}

} // namespace jiujin
