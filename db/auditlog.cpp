#include "auditlog.h"

#include "database.h"
#include "settingkeys.h"

#include <openssl/evp.h>

namespace jiujin {

namespace {
const QString genesis = QString(64, QLatin1Char('0'));
const QString headKey = QLatin1String(auditsetting::head);

QString entryHash(const QString &prev, qint64 seq, const QString &at, const QString &actor,
                  const QString &action, const QString &subject, const QString &detail)
{
    // Fields are joined with a unit separator, which none of them may contain, so that moving
    // text from one field to the next changes the hash. The UTF-8 is written field by field
    // (the same bytes as the joined text's), without a list and a joined copy.
    QByteArray joined;
    joined.reserve(prev.size() + at.size() + actor.size() + action.size() + subject.size() +
                   3 * detail.size() + 32);
    const char us = 0x1f;
    joined += prev.toUtf8();
    joined += us;
    joined += QByteArray::number(seq);
    for (const QString *field : {&at, &actor, &action, &subject, &detail}) {
        joined += us;
        joined += field->toUtf8();
    }
    // OpenSSL's SHA-256 (fetched once) rather than QCryptographicHash's: the same digest at
    // about a third of the CPU, and a drain writes two entries a record (DESIGN §6b).
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || EVP_Digest(joined.constData(), size_t(joined.size()), digest, &length, sha256,
                              nullptr) != 1)
        return QString(); // never matches a stored hash: the chain reads as broken, not as sound
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex());
}
} // namespace

Result<void> AuditLog::append(const QDateTime &at, const QString &actor, const QString &action,
                              const QString &subject, const QString &detail)
{
    for (const QString *field : {&actor, &action, &subject, &detail})
        if (field->contains(QChar(0x1f)))
            return Error{Error::Invalid,
                         QStringLiteral("audit fields may not contain a unit separator")};
    qint64 seq = 1;
    QString prev = genesis;
    auto last = m_db.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
        seq = last.integer(0) + 1;
        prev = last.text(1);
    }
    last.reset();
    // Entries of one change share their instant (a batch's outcomes): its text is made once.
    if (at != m_lastAt || m_lastWhen.isEmpty()) {
        m_lastAt = at;
        m_lastWhen = at.toUTC().toString(Qt::ISODateWithMs);
    }
    const QString &when = m_lastWhen;
    const QString hash = entryHash(prev, seq, when, actor, action, subject, detail);
    if (hash.isEmpty())
        return Error{Error::Io, QStringLiteral("the audit entry could not be hashed")};
    auto insert = m_db.cached(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, seq)
        .bind(2, when)
        .bind(3, actor)
        .bind(4, action)
        .bind(5, subject)
        .bind(6, detail)
        .bind(7, prev)
        .bind(8, hash);
    if (auto r = insert.run(); !r)
        return r;
    if (m_head == Head::AtEnd)
        return {};
    auto head = m_db.cached("INSERT INTO kiosk_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    head.bind(1, headKey).bind(2, QStringLiteral("%1 %2").arg(seq).arg(hash));
    return head.run();
}

Result<void> AuditLog::writeHead()
{
    auto last = m_db.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last.step()) {
        last.reset();
        return {}; // nothing appended
    }
    const QString value = QStringLiteral("%1 %2").arg(last.integer(0)).arg(last.text(1));
    last.reset();
    auto head = m_db.cached("INSERT INTO kiosk_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    head.bind(1, headKey).bind(2, value);
    return head.run();
}

AuditCheck AuditLog::verify()
{
    AuditCheck check;
    auto fail = [&check](qint64 seq, QString problem) {
        check.ok = false;
        check.brokenAt = seq;
        check.problem = std::move(problem);
        return check;
    };
    auto rows = m_db.prepare("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM "
                             "audit_log ORDER BY seq");
    QString prev = genesis;
    qint64 expected = 1;
    while (rows.step()) {
        const qint64 seq = rows.integer(0);
        if (seq != expected)
            return fail(expected, QStringLiteral("entry %1 is missing").arg(expected));
        if (rows.text(6) != prev)
            return fail(seq, QStringLiteral("entry %1 does not follow entry %2 (moved or replaced)")
                                 .arg(seq)
                                 .arg(seq - 1));
        const QString hash = entryHash(prev, seq, rows.text(1), rows.text(2), rows.text(3),
                                       rows.text(4), rows.text(5));
        if (rows.text(7) != hash)
            return fail(seq, QStringLiteral("entry %1 was changed after it was written").arg(seq));
        prev = hash;
        ++expected;
        ++check.entries;
    }
    if (rows.error())
        return fail(expected, rows.error()->message);
    auto head = m_db.prepare("SELECT value FROM kiosk_settings WHERE key = ?");
    head.bind(1, headKey);
    const QString recorded = head.step() ? head.text(0) : QString();
    const QString actual =
        check.entries ? QStringLiteral("%1 %2").arg(check.entries).arg(prev) : QString();
    if (recorded != actual)
        return fail(check.entries + 1,
                    QStringLiteral("the log ends at entry %1 but entry %2 was written")
                        .arg(check.entries)
                        .arg(recorded.section(QLatin1Char(' '), 0, 0)));
    return check;
}

} // namespace jiujin
