#pragma once

// Shared by the integration drivers and their child programs: no Catch2 in here, so a child
// that is killed mid-write or runs inside a namespace can use it too.

#include "auditlog.h"
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "envelope.h"
#include "keys.h"
#include "outboxstore.h"
#include "submissionservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <sqlite3.h>

namespace jiujin::test {

inline const QString unemploymentItem = QStringLiteral("11150525MB0SB0001A415111010600001");

/** A fixed instant (a Tuesday morning, Naiman Banner time), so nothing depends on the wall clock.
 */
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 17), QTime(9, 30), QTimeZone("Asia/Shanghai")).toUTC();
}

/** 失业登记 as the unit fixture builds it; @p scan is the picture of the ID card (material 0). */
inline Application unemployment(const QString &name = QStringLiteral("巴特尔"),
                                const QString &id = QStringLiteral("11010519491231002X"),
                                QByteArray scan = QByteArray("\x89PNG fake scan of the card"))
{
    Application app;
    app.itemCode = unemploymentItem;
    app.values = {
        {QStringLiteral("name"), name},
        {QStringLiteral("id_number"), id},
        {QStringLiteral("phone"), QStringLiteral("139 4751 2386")},
        {QStringLiteral("address"), QStringLiteral("内蒙古通辽市奈曼旗黄花塔拉苏木黄花塔拉嘎查")},
        {QStringLiteral("reason"), QStringLiteral("contract_end")},
        {QStringLiteral("education"), QStringLiteral("senior")}};
    MaterialEntry card{
        0, MaterialEntry::Kind::Attached, {{std::move(scan), QStringLiteral("image/png")}}, {}};
    MaterialEntry form{
        1, MaterialEntry::Kind::ECertificate, {}, QStringLiteral("SAMPLE-ECERT-0001")};
    MaterialEntry proof{2, MaterialEntry::Kind::ToFollow, {}, {}};
    MaterialEntry residence{3, MaterialEntry::Kind::Committed, {}, {}};
    app.materials = {card, form, proof, residence};
    app.consented = true;
    return app;
}

/** Imports the bundled catalogue and configures the service point and @p central's public key. */
inline Result<void> provision(Database &db, const QString &seedPath, const protocol::Key &central)
{
    CatalogueStore store(db);
    if (!store.info()) {
        QFile f(seedPath);
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("cannot read ") + seedPath};
        CatalogueService service(store);
        if (auto info = service.importBundle(f.readAll()); !info)
            return info.error();
    }
    if (auto r = store.setSetting(QStringLiteral("point"), QStringLiteral("150525203000-01")); !r)
        return r;
    return store.setSetting(QStringLiteral("central.public_key"),
                            QString::fromLatin1(central.publicPem()));
}

/** A record opened as central would: its payload JSON and the attachments' plaintexts. */
struct Opened
{
    QJsonObject payload;
    QList<QByteArray> attachments;
    int declaredAttachments = -1; ///< the meta's "attachments" field
};

/** Opens record @p uuid with whichever of @p keys has its suite; an Error names what failed. */
inline Result<Opened> openRecord(Database &db, const QString &uuid,
                                 const std::vector<const protocol::Key *> &keys)
{
    const auto sealed = OutboxStore(db).sealed(uuid);
    if (!sealed)
        return Error{Error::NotFound, QStringLiteral("no record ") + uuid};
    const protocol::Key *key = nullptr;
    for (const protocol::Key *k : keys)
        if (protocol::suiteName(k->suite()) == sealed->suite)
            key = k;
    if (!key)
        return Error{Error::Invalid, QStringLiteral("no key of suite ") + sealed->suite};
    auto opener = protocol::RecordOpener::open(*key, sealed->keyHeader, sealed->meta);
    if (!opener)
        return Error{opener.error().code,
                     QStringLiteral("key header of %1: %2").arg(uuid, opener.error().message)};
    auto payload = opener->open(sealed->payload, sealed->meta);
    if (!payload)
        return Error{payload.error().code,
                     QStringLiteral("payload of %1: %2").arg(uuid, payload.error().message)};
    Opened out;
    out.payload = QJsonDocument::fromJson(payload.value()).object();
    if (out.payload.isEmpty())
        return Error{Error::Corrupt,
                     QStringLiteral("payload of %1 is not a JSON object").arg(uuid)};
    out.declaredAttachments = QJsonDocument::fromJson(sealed->meta)
                                  .object()
                                  .value(QLatin1String("attachments"))
                                  .toInt(-1);
    for (int i = 0; i < sealed->attachments.size(); ++i) {
        auto part = opener->open(sealed->attachments.at(i),
                                 sealed->meta + "#attachment" + QByteArray::number(i));
        if (!part)
            return Error{
                part.error().code,
                QStringLiteral("attachment %1 of %2: %3").arg(i).arg(uuid, part.error().message)};
        out.attachments.append(part.value());
    }
    return out;
}

/** PRAGMA integrity_check's answer: "ok" for a sound file. */
inline QString integrityCheck(Database &db)
{
    auto s = db.prepare("PRAGMA integrity_check");
    QStringList lines;
    while (s.step())
        lines.append(s.text(0));
    if (s.error())
        lines.append(s.error()->message);
    return lines.join(QLatin1Char('\n'));
}

inline qint64 scalar(Database &db, const char *sql)
{
    auto s = db.prepare(sql);
    return s.step() ? s.integer(0) : -1;
}

} // namespace jiujin::test
